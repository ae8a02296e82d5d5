package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.jboss.resteasy.reactive.RestForm;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.identity.Role;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The bad-input corpus ({@code src/test/resources/bad-input/}) driven through every field of every route: each
 * path parameter, query parameter and form field the resource classes declare (found by reflection, so a new
 * field joins without a line here), and each field of the platform's JSON. What each kind gets:
 * <ul>
 * <li>a value of {@code refused.txt} (control characters): 400, and no table changes;</li>
 * <li>a value of {@code odd.txt} (numbers and dates out of any range, markup, quotes, a 200-character word,
 * bidi controls, emoji, a blank) and a 100,000-character text: never a 5xx.</li>
 * </ul>
 */
@QuarkusTest
class BadInputCorpusTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Scheduler scheduler;

    /** A route parameter: where it goes, and its name. */
    record Field(String where, String name) {
    }

    /** One route of a resource class: method, path template, who may call it, and its parameters. */
    record Route(String method, String template, String role, boolean multipart, List<Field> fields) {
    }

    @Test
    void everyRefusedValueInEveryFieldIsA400AndChangesNothing() throws Exception {
        List<String> refused = corpus("refused.txt");
        ensureCases();
        // The background jobs (lease expiry, evidence deadlines, the mail relay) change tables on their own; they
        // are paused, and the counts taken once they hold still, so that only the requests could change them.
        scheduler.pause();
        try {
            Map<String, Long> before = stillTableCounts();
            List<String> failures = new ArrayList<>();
            int requests = drive(refused, (route, field, status) -> {
                if (status != 400) {
                    failures.add(status + " " + route.method() + " " + route.template() + " " + field);
                }
            });
            assertTrue(requests > 300, "the corpus reached the fields: " + requests + " requests");
            assertTrue(failures.isEmpty(), failures.size() + " answers other than 400: " + failures);
            assertEquals(before, tableCounts(), "nothing stored");
        } finally {
            scheduler.resume();
        }
    }

    @Test
    void noOddValueInAnyFieldGetsA5xx() throws Exception {
        List<String> odd = new ArrayList<>(corpus("odd.txt"));
        odd.add("x".repeat(100_000));
        List<String> failures = new ArrayList<>();
        drive(odd, (route, field, status) -> {
            if (status >= 500) {
                failures.add(status + " " + route.method() + " " + route.template() + " " + field);
            }
        });
        assertTrue(failures.isEmpty(), failures.size() + " server errors: " + failures);
    }

    @Test
    void everyRefusedValueInEveryJsonFieldOfTheApiIsA400AndStoresNothing() throws Exception {
        long disputes = Sql.number(db, "SELECT count(*) FROM disputes");
        List<String> failures = new ArrayList<>();
        List<String> paths = leafPaths(IntakeRequests.dispute("x"), "");
        String token = IntakeRequests.platformToken();
        // Small photos: the JSON is what is under test, and each accepted odd value makes a case.
        Map<String, byte[]> photos = Map.of("p1", arbiter.intake.TestPhotos.jpeg(32, 24),
                "p2", arbiter.intake.TestPhotos.png(32, 24));
        for (String value : corpus("refused.txt")) {
            for (String path : paths) {
                Map<String, Object> dispute = IntakeRequests.dispute("TB-BAD-" + UUID.randomUUID());
                set(dispute, path, value);
                var response = IntakeRequests.post(IntakeRequests.json(dispute), photos, token);
                if (response.statusCode() != 400 || !response.asString().contains(path.replaceAll("^\\.", ""))) {
                    failures.add(response.statusCode() + " " + path + " " + response.asString());
                }
            }
        }
        for (String value : corpus("odd.txt")) {
            for (String path : paths) {
                Map<String, Object> dispute = IntakeRequests.dispute("TB-ODD-" + UUID.randomUUID());
                set(dispute, path, value);
                int status = IntakeRequests.post(IntakeRequests.json(dispute), photos, token).statusCode();
                if (status >= 500) {
                    failures.add(status + " odd " + path);
                }
            }
        }
        assertTrue(paths.size() > 15, "the JSON's fields: " + paths);
        assertTrue(failures.isEmpty(), failures.size() + " wrong answers: " + failures);
        assertTrue(Sql.number(db, "SELECT count(*) FROM disputes") - disputes <= corpus("odd.txt").size() * paths.size(),
                "refused submissions stored nothing");
    }

    @Test
    void tenThousandFormFieldsOrAThousandPartsAreRefusedWithoutA5xx() throws Exception {
        long id = IntakeRequests.newCase();
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            String[] fields = new String[2 * 10_001];
            for (int i = 0; i < 10_001; i++) {
                fields[2 * i] = "f" + i;
                fields[2 * i + 1] = "v";
            }
            int status = browser.post("/disputes/" + id + "/notes", fields);
            assertTrue(status >= 400 && status < 500, "10,001 form fields: " + status);
            String[] parts = new String[2 * 1_001];
            for (int i = 0; i < 1_001; i++) {
                parts[2 * i] = "caption";
                parts[2 * i + 1] = "c";
            }
            try (Browser seller = new Browser()) {
                seller.signIn("seller1", "demo");
                int multipart = seller.postMultipart("/seller/disputes/" + id + "/evidence", parts);
                assertTrue(multipart >= 400 && multipart < 500, "1,001 parts: " + multipart);
            }
        }
        assertEquals(0, Sql.number(db, "SELECT count(*) FROM case_notes WHERE dispute_id = " + id));
    }

    interface Outcome {
        void seen(Route route, Field field, int status);
    }

    /** Sends each value through each field of each route, signed in as the route's role; the requests sent. */
    private int drive(List<String> values, Outcome outcome) throws Exception {
        ensureCases();
        Map<String, Browser> browsers = new LinkedHashMap<>();
        int sent = 0;
        try {
            for (Route route : routes()) {
                if (route.role() == null || route.template().startsWith("/api/")) {
                    continue; // machine doors: the JSON test covers the API, the others take no user input
                }
                Browser browser = browsers.computeIfAbsent(route.role(), this::signedIn);
                String token = browser.csrfToken();
                long id = route.role().equals("seller1") ? shopCase : staffCase;
                for (Field field : route.fields()) {
                    for (String value : values) {
                        if (route.template().equals("/signout") && !field.where().equals("path")) {
                            continue; // an accepted value would sign the browser out mid-test
                        }
                        outcome.seen(route, field, send(browser, route, field, value, id, token));
                        sent++;
                    }
                }
            }
        } finally {
            browsers.values().forEach(Browser::close);
        }
        return sent;
    }

    /** A case for staff routes and one of shop-1 for seller1's, made once (the snapshot of tables comes after). */
    private void ensureCases() {
        if (staffCase == 0) {
            staffCase = IntakeRequests.newCase();
            shopCase = IntakeRequests.newCase();
        }
    }

    private long staffCase;
    private long shopCase;

    private Browser signedIn(String user) {
        Browser browser = new Browser();
        try {
            browser.signIn(user, "demo");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return browser;
    }

    private static int send(Browser browser, Route route, Field field, String value, long id, String token)
            throws IOException {
        String path = route.template();
        for (Field f : route.fields()) {
            if (f.where().equals("path")) {
                String fill = f.equals(field) ? encode(value) : f.name().equals("id") ? Long.toString(id) : "1";
                path = path.replace("{" + f.name() + "}", fill);
            }
        }
        path = path.replaceAll("\\{[^}]+\\}", "1");
        if (field.where().equals("query")) {
            path += "?" + encode(field.name()) + "=" + encode(value);
        }
        if (!field.where().equals("form") && path.length() > 4_000) {
            // Longer than the request line the HTTP layer reads (4,096 bytes): it answers 414 and closes.
            return longRequestLine(path);
        }
        WebRequest request = new WebRequest(new URL(Browser.PORTAL + path),
                route.method().equals("POST") ? HttpMethod.POST : HttpMethod.GET);
        request.setCharset(StandardCharsets.UTF_8);
        if (route.method().equals("POST")) {
            request.setEncodingType(route.multipart() ? FormEncodingType.MULTIPART : FormEncodingType.URL_ENCODED);
            List<NameValuePair> form = new ArrayList<>(List.of(new NameValuePair("csrf-token", token)));
            if (field.where().equals("form")) {
                form.add(new NameValuePair(field.name(), value));
            }
            request.setRequestParameters(form);
        }
        return browser.sendWithoutRedirect(request).getStatusCode();
    }

    /** The status of a GET whose request line is {@code path}, sent by hand: the server may stop reading early. */
    private static int longRequestLine(String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", 8081)) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            try {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:8081\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            } catch (java.net.SocketException closedEarly) {
                // the server answered before reading it all
            }
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** Every GET and POST of the resource classes under {@code arbiter}, with the parameters they declare. */
    static List<Route> routes() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        List<Route> routes = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("arbiter"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                Path base = type.getAnnotation(Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    String verb = method.isAnnotationPresent(POST.class) ? "POST"
                            : method.isAnnotationPresent(GET.class) ? "GET" : null;
                    if (verb == null) {
                        continue;
                    }
                    Path sub = method.getAnnotation(Path.class);
                    String template = (base.value() + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                            .replaceAll("\\{(\\w+):[^}]*\\}", "{$1}");
                    List<Field> fields = new ArrayList<>();
                    boolean multipart = false;
                    for (Parameter parameter : method.getParameters()) {
                        multipart |= parameter.isAnnotationPresent(RestForm.class);
                        fields.addAll(fieldsOf(parameter));
                    }
                    routes.add(new Route(verb, template, roleFor(type, method), multipart, fields));
                }
            }
        }
        return routes;
    }

    private static List<Field> fieldsOf(Parameter parameter) {
        if (parameter.isAnnotationPresent(PathParam.class)) {
            return List.of(new Field("path", parameter.getAnnotation(PathParam.class).value()));
        }
        if (parameter.isAnnotationPresent(QueryParam.class)) {
            return List.of(new Field("query", parameter.getAnnotation(QueryParam.class).value()));
        }
        if (parameter.isAnnotationPresent(FormParam.class)) {
            return List.of(new Field("form", parameter.getAnnotation(FormParam.class).value()));
        }
        if (parameter.isAnnotationPresent(RestForm.class)) {
            String name = parameter.getAnnotation(RestForm.class).value();
            return List.of(new Field("form", name.isEmpty() ? parameter.getName() : name));
        }
        if (parameter.isAnnotationPresent(BeanParam.class)) {
            List<Field> fields = new ArrayList<>();
            for (java.lang.reflect.Field member : parameter.getType().getDeclaredFields()) {
                if (member.isAnnotationPresent(FormParam.class)) {
                    fields.add(new Field("form", member.getAnnotation(FormParam.class).value()));
                } else if (member.isAnnotationPresent(QueryParam.class)) {
                    fields.add(new Field("query", member.getAnnotation(QueryParam.class).value()));
                }
            }
            return fields;
        }
        return List.of();
    }

    /** The demo user who may call the route; null for machine doors (no user, or the platform's token). */
    private static String roleFor(Class<?> type, Method method) {
        RolesAllowed roles = method.isAnnotationPresent(RolesAllowed.class) ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        if (method.isAnnotationPresent(PermitAll.class) || type.isAnnotationPresent(PermitAll.class)) {
            return null;
        }
        if (roles == null) {
            return "super1"; // @Authenticated: any signed-in user
        }
        List<String> names = List.of(roles.value());
        if (names.contains(Role.INTAKE)) {
            return null;
        }
        return names.contains(Role.SUPERVISOR) || names.contains(Role.ARBITRATOR) ? "super1" : "seller1";
    }

    /** The table counts once two readings 200 ms apart agree (a job that was running when paused has finished). */
    private Map<String, Long> stillTableCounts() throws InterruptedException {
        Map<String, Long> counts = tableCounts();
        for (int i = 0; i < 50; i++) {
            Thread.sleep(200);
            Map<String, Long> again = tableCounts();
            if (again.equals(counts)) {
                return counts;
            }
            counts = again;
        }
        throw new AssertionError("the tables did not hold still for 10 s: " + counts);
    }

    /** Row counts and version sums of every table but the append-only trail and session bookkeeping. */
    private Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        String tables = Sql.text(db, "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM information_schema.tables"
                + " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN"
                + " ('audit_events', 'ended_sessions', 'flyway_schema_history', 'queue_changes', 'statistics_reports')");
        for (String table : tables.split(",")) {
            counts.put(table, Sql.number(db, "SELECT count(*) FROM " + table));
        }
        counts.put("disputes.version", Sql.number(db, "SELECT coalesce(sum(version), 0) FROM disputes"));
        return counts;
    }

    static List<String> corpus(String name) throws IOException {
        try (var in = BadInputCorpusTest.class.getResourceAsStream("/bad-input/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isEmpty())
                    .map(BadInputCorpusTest::unescape).toList();
        }
    }

    /** Java's escapes as the corpus writes them: {@code \\uXXXX}, {@code \\t}, {@code \\n}, {@code \\\\}. */
    static String unescape(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                if (next == 'u' && i + 5 < line.length()) {
                    out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
                if (next == 't' || next == 'n' || next == '\\') {
                    out.append(next == 't' ? '\t' : next == 'n' ? '\n' : '\\');
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The paths of the example JSON's leaves ({@code .order.paidAt}, {@code .chat[0].text}). */
    @SuppressWarnings("unchecked")
    static List<String> leafPaths(Object node, String path) {
        List<String> paths = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> paths.addAll(leafPaths(value, path + "." + key)));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                paths.addAll(leafPaths(list.get(i), path + "[" + i + "]"));
            }
        } else {
            paths.add(path);
        }
        return paths;
    }

    @SuppressWarnings("unchecked")
    static void set(Object root, String path, Object value) {
        String[] steps = path.substring(1).split("\\.|(?=\\[)");
        Object node = root;
        for (int i = 0; i < steps.length; i++) {
            String step = steps[i];
            boolean last = i == steps.length - 1;
            if (step.startsWith("[")) {
                int index = Integer.parseInt(step.substring(1, step.length() - 1));
                if (last) {
                    ((List<Object>) node).set(index, value);
                } else {
                    node = ((List<Object>) node).get(index);
                }
            } else if (last) {
                ((Map<String, Object>) node).put(step, value);
            } else {
                node = ((Map<String, Object>) node).get(step);
            }
        }
    }
}
