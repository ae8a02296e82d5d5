package arbiter.intake;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.money.Money;
import arbiter.ruling.PolicyClause;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The OpenAPI document at {@code /q/openapi} is a contract a platform team can generate a client from (issue 15): it
 * describes the API and nothing else, names every operation, gives every error a problem+json body, and its examples
 * validate against their schemas (JSON Schema 2020-12, the dialect of OpenAPI 3.1, formats asserted). The running
 * portal is held to it: each operation is called with good and bad input, and every status it answers must be
 * documented for that operation, with a body that validates against the documented schema. A new API operation is
 * checked by the first three tests as it is; its calls belong in the last. The document is kept in
 * {@code target/openapi.json}.
 */
@QuarkusTest
class OpenApiContractTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SCHEMAS = "#/components/schemas/";
    /** Routes of the pages and of the sign-in, none of which is the platform's contract. */
    static final List<String> PAGE_ROUTES = List.of("/disputes", "/seller", "/supervision", "/photos", "/signout",
            "/signed-in", "/language", "/baseline", "/back-channel-logout", "/demo", "/static");

    @Inject
    CaseClaims claims;

    @Inject
    RulingDesk desk;

    @Inject
    AgroalDataSource db;

    @Test
    void theDocumentDescribesTheApiAndNothingElse() throws IOException {
        JsonNode document = document();
        assertTrue(document.path("openapi").asText().startsWith("3.1"), document.path("openapi").asText());
        assertFalse(document.path("paths").isEmpty());
        document.path("paths").fieldNames().forEachRemaining(path -> {
            assertTrue(path.startsWith("/api/"), path + " is not an API path");
            PAGE_ROUTES.forEach(page -> assertFalse(path.startsWith(page), path + " is a page route"));
        });
        Set<String> named = reachableSchemas(document);
        List<String> unnamed = new ArrayList<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            if (!named.contains(name)) {
                unnamed.add(name);
            }
        });
        assertEquals(List.of(), unnamed, "schemas no operation uses (internal types)");
        for (String name : named) {
            assertTrue(document.path("components").path("schemas").has(name), "$ref to a missing schema " + name);
        }
        assertFalse(document.path("servers").isEmpty(), "servers");
        document.path("servers").forEach(server -> assertTrue(server.path("url").asText().matches("https?://.+"),
                server.toString()));
    }

    @Test
    void everyOperationHasAnIdAndEveryErrorAProblemBodyAndEveryMessageASchemaAndAnExample() throws IOException {
        JsonNode document = document();
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        forEachOperation(document, (where, operation) -> {
            String id = operation.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z0-9]+") || !ids.add(id)) {
                wrong.add(where + ": operationId '" + id + "' missing, malformed or repeated");
            }
            for (String status : List.of("401", "403", "500")) {
                if (!operation.path("responses").has(status)) {
                    wrong.add(where + ": " + status + " is not documented");
                }
            }
            JsonNode body = operation.path("requestBody").path("content");
            body.fields().forEachRemaining(type -> requireSchemaAndExample(where + " request " + type.getKey(),
                    type.getValue(), wrong));
            operation.path("responses").fields().forEachRemaining(response -> {
                String code = response.getKey();
                JsonNode content = response.getValue().path("content");
                if (code.startsWith("4") || code.startsWith("5")) {
                    JsonNode problem = content.path(Problem.MEDIA_TYPE);
                    if (content.size() != 1 || !problem.path("schema").path("$ref").asText().equals(SCHEMAS + "Problem")) {
                        wrong.add(where + " " + code + ": not a Problem body: " + content);
                    }
                }
                content.fields().forEachRemaining(type -> requireSchemaAndExample(where + " " + code + " " + type.getKey(),
                        type.getValue(), wrong));
            });
        });
        assertEquals(List.of(), wrong);
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        Set<String> required = new HashSet<>();
        problem.path("required").forEach(r -> required.add(r.asText()));
        assertEquals(Set.of("type", "title", "status"), required);
        for (String field : List.of("type", "title", "status", "detail", "instance", "errors")) {
            assertTrue(problem.path("properties").has(field), "Problem." + field);
        }
    }

    @Test
    void everyExampleValidatesAgainstItsSchema() throws IOException {
        JsonNode document = document();
        List<String> invalid = new ArrayList<>();
        int[] validated = { 0 };
        forEachOperation(document, (where, operation) -> {
            List<Map.Entry<String, JsonNode>> media = new ArrayList<>();
            operation.path("requestBody").path("content").fields().forEachRemaining(e -> media.add(Map.entry(
                    "request " + e.getKey(), e.getValue())));
            operation.path("responses").fields().forEachRemaining(r -> r.getValue().path("content").fields()
                    .forEachRemaining(e -> media.add(Map.entry(r.getKey() + " " + e.getKey(), e.getValue()))));
            for (Map.Entry<String, JsonNode> type : media) {
                examplesOf(type.getValue()).forEach((name, value) -> {
                    validated[0]++;
                    errors(document, type.getValue().path("schema"), value)
                            .forEach(e -> invalid.add(where + " " + type.getKey() + " example '" + name + "': " + e));
                });
            }
        });
        document.path("components").path("schemas").fields().forEachRemaining(schema -> schema.getValue()
                .path("examples").forEach(value -> {
                    validated[0]++;
                    errors(document, JSON.createObjectNode().put("$ref", SCHEMAS + schema.getKey()), value)
                            .forEach(e -> invalid.add("schema " + schema.getKey() + " example: " + e));
                }));
        assertEquals(List.of(), invalid);
        assertTrue(validated[0] >= 20, validated[0] + " examples validated");

        // The check can fail: a receipt without its case number, a state with an unknown status.
        JsonNode receipt = JSON.readTree("{ \"id\": 1, \"status\": \"ESCALATED\" }");
        assertFalse(errors(document, ref("DisputeReceipt"), receipt).isEmpty(), "caseNo is required");
        JsonNode state = JSON.readTree(IntakeExamples.STATE_ESCALATED.replace("\"ESCALATED\"", "\"LOST\""));
        assertFalse(errors(document, ref("DisputeState"), state).isEmpty(), "LOST is no status");
    }

    @Test
    void everyStatusTheApiAnswersIsDocumentedForItsOperationWithItsBody() throws Exception {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();
        String token = IntakeRequests.platformToken();
        String noRole = IntakeRequests.tokenWithoutIntakeRole();
        Map<String, Object> dispute = IntakeRequests.dispute("TB-CONTRACT-" + UUID.randomUUID());
        String json = IntakeRequests.json(dispute);

        // escalateDispute
        Response created = IntakeRequests.post(json, IntakeRequests.photos(), token);
        long id = created.jsonPath().getLong("id");
        check(document, "escalateDispute", 201, created, wrong);
        check(document, "escalateDispute", 200, IntakeRequests.post(json, IntakeRequests.photos(), token), wrong);
        check(document, "escalateDispute", 409, IntakeRequests.post(json.replace("暖冬服饰旗舰店", "另一家店"),
                IntakeRequests.photos(), token), wrong);
        Map<String, Object> invalid = IntakeRequests.dispute("TB-CONTRACT-" + UUID.randomUUID());
        invalid.put("requestedRefund", 0);
        check(document, "escalateDispute", 400, IntakeRequests.post(IntakeRequests.json(invalid),
                IntakeRequests.photos(), token), wrong);
        check(document, "escalateDispute", 400, IntakeRequests.post("{", IntakeRequests.photos(), token), wrong);
        check(document, "escalateDispute", 415, IntakeRequests.post(IntakeRequests.json(IntakeRequests.dispute(
                "TB-CONTRACT-" + UUID.randomUUID())), Map.of("p1", TestPhotos.jpegHeaderThenHtml(), "p2",
                        TestPhotos.png(32, 32)),
                token), wrong);
        check(document, "escalateDispute", 413, IntakeRequests.post(IntakeRequests.json(IntakeRequests.dispute(
                "TB-CONTRACT-" + UUID.randomUUID())), Map.of("p1", TestPhotos.jpeg(32, 32), "p2",
                        TestPhotos.pngHeaderOnly(50_000, 50_000)),
                token), wrong);
        check(document, "escalateDispute", 415, given().auth().oauth2(token).contentType("application/json")
                .body(json).post("/api/v1/disputes"), wrong);
        check(document, "escalateDispute", 401, IntakeRequests.post(json, IntakeRequests.photos(), "not-a-token"),
                wrong);
        check(document, "escalateDispute", 401, given().multiPart("dispute", json, "application/json")
                .post("/api/v1/disputes"), wrong);
        check(document, "escalateDispute", 403, IntakeRequests.post(json, IntakeRequests.photos(), noRole), wrong);

        // getDispute
        check(document, "getDispute", 200, given().auth().oauth2(token).get("/api/v1/disputes/" + id), wrong);
        check(document, "getDispute", 404, given().auth().oauth2(token).get("/api/v1/disputes/999999999"), wrong);
        check(document, "getDispute", 404, given().auth().oauth2(token).get("/api/v1/disputes/not-a-number"), wrong);
        check(document, "getDispute", 401, given().get("/api/v1/disputes/" + id), wrong);
        check(document, "getDispute", 401, given().auth().oauth2("expired.or.forged").get("/api/v1/disputes/" + id),
                wrong);
        check(document, "getDispute", 403, given().auth().oauth2(noRole).get("/api/v1/disputes/" + id), wrong);

        // withdrawDispute
        String settled = IntakeExamples.WITHDRAWAL.replace("2026-11-12T20:13:01+08:00", "2020-01-01T00:00:00Z");
        String path = "/api/v1/disputes/" + id + "/withdrawal";
        check(document, "withdrawDispute", 400, withdraw(token, path, "{ \"reason\": \"BORED\" }"), wrong);
        check(document, "withdrawDispute", 400, withdraw(token, path, "not json"), wrong);
        check(document, "withdrawDispute", 404, withdraw(token, "/api/v1/disputes/999999999/withdrawal", settled),
                wrong);
        check(document, "withdrawDispute", 415, given().auth().oauth2(token).contentType("text/plain").body(settled)
                .post(path), wrong);
        check(document, "withdrawDispute", 401, given().contentType("application/json").body(settled).post(path), wrong);
        check(document, "withdrawDispute", 403, withdraw(noRole, path, settled), wrong);
        RawAnswer oversized = oversizedPost(token, path);
        if (oversized.status() != 413) {
            wrong.add("withdrawDispute: a body over 50 MiB answered " + oversized.status());
        }
        verify(document, "withdrawDispute", oversized.status(), oversized.contentType(), oversized.body(), wrong);
        check(document, "withdrawDispute", 200, withdraw(token, path, settled), wrong);
        check(document, "withdrawDispute", 200, withdraw(token, path, settled), wrong);
        check(document, "withdrawDispute", 409, withdraw(token, "/api/v1/disputes/" + ruledCase() + "/withdrawal",
                settled), wrong);

        // withdrawDisputeByExternalId
        String byExternalId = "/api/v1/disputes/by-external-id/" + dispute.get("externalId") + "/withdrawal";
        check(document, "withdrawDisputeByExternalId", 200, withdraw(token, byExternalId, settled), wrong);
        check(document, "withdrawDisputeByExternalId", 400, withdraw(token, byExternalId, "[]"), wrong);
        check(document, "withdrawDisputeByExternalId", 404, withdraw(token,
                "/api/v1/disputes/by-external-id/TB-NOBODY-" + UUID.randomUUID() + "/withdrawal", settled), wrong);
        check(document, "withdrawDisputeByExternalId", 401, given().contentType("application/json").body(settled)
                .post(byExternalId), wrong);
        check(document, "withdrawDisputeByExternalId", 403, withdraw(noRole, byExternalId, settled), wrong);

        // listEvents
        Response first = given().auth().oauth2(token).queryParam("limit", 5).get("/api/v1/events");
        check(document, "listEvents", 200, first, wrong);
        check(document, "listEvents", 200, given().auth().oauth2(token).queryParam("after", first.jsonPath()
                .getString("next")).get("/api/v1/events"), wrong);
        check(document, "listEvents", 400, given().auth().oauth2(token).queryParam("after", "yesterday")
                .get("/api/v1/events"), wrong);
        check(document, "listEvents", 400, given().auth().oauth2(token).queryParam("after", "1-1")
                .get("/api/v1/events"), wrong);
        check(document, "listEvents", 400, given().auth().oauth2(token).queryParam("limit", 0).get("/api/v1/events"),
                wrong);
        check(document, "listEvents", 400, given().auth().oauth2(token).queryParam("limit", "many")
                .get("/api/v1/events"), wrong);
        check(document, "listEvents", 401, given().get("/api/v1/events"), wrong);
        check(document, "listEvents", 403, given().auth().oauth2(noRole).get("/api/v1/events"), wrong);

        assertEquals(List.of(), wrong);
    }

    /**
     * The answer's status is the one expected, documented for the operation, and its body validates against the
     * schema documented for that status and its content type (problem+json for an error).
     */
    private static void check(JsonNode document, String operationId, int expected, Response answer,
            List<String> wrong) {
        if (answer.statusCode() != expected) {
            wrong.add(operationId + " " + answer.statusCode() + ": expected " + expected + ", body " + answer.asString());
        }
        verify(document, operationId, answer.statusCode(), String.valueOf(answer.contentType()), answer.asString(),
                wrong);
    }

    /** What is wrong with an answer by the document: its status not documented, or its body not as documented. */
    private static void verify(JsonNode document, String operationId, int status, String contentType, String body,
            List<String> wrong) {
        String where = operationId + " " + status;
        JsonNode operation = operation(document, operationId);
        JsonNode documented = operation.path("responses").path(Integer.toString(status));
        if (documented.isMissingNode()) {
            wrong.add(where + ": status not documented");
            return;
        }
        if (documented.path("content").isEmpty()) {
            return;
        }
        String type = contentType.split(";")[0].strip();
        JsonNode media = documented.path("content").path(type);
        if (media.isMissingNode()) {
            wrong.add(where + ": content type " + type + " not documented");
            return;
        }
        try {
            errors(document, media.path("schema"), JSON.readTree(body)).forEach(e -> wrong.add(where + ": " + e + " in "
                    + body.substring(0, Math.min(body.length(), 2000))));
        } catch (IOException e) {
            wrong.add(where + ": not JSON: " + body.substring(0, Math.min(body.length(), 2000)));
        }
    }

    /** An answer read off the socket: status, content type and body. */
    record RawAnswer(int status, String contentType, String body) {
    }

    /**
     * A JSON POST announcing a body over the 50 MiB limit, with "Expect: 100-continue" so that the portal can refuse it
     * before the body is sent (a client sending it whole would have its connection closed mid-way).
     */
    private static RawAnswer oversizedPost(String token, String path) throws IOException {
        URI portal = URI.create(Browser.PORTAL);
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + portal.getAuthority() + "\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: " + (51L << 20)
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            int status = Integer.parseInt(in.readLine().split(" ")[1]);
            String contentType = "";
            int length = -1;
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                String[] header = line.split(":", 2);
                if (header[0].equalsIgnoreCase("Content-Type")) {
                    contentType = header[1].strip();
                } else if (header[0].equalsIgnoreCase("Content-Length")) {
                    length = Integer.parseInt(header[1].strip());
                }
            }
            StringBuilder body = new StringBuilder();
            for (int c; (length < 0 || body.length() < length) && (c = in.read()) != -1;) {
                body.append((char) c);
            }
            return new RawAnswer(status, contentType, body.toString());
        }
    }

    /** The check above can fail: on a status the operation does not document, and on a body not as documented. */
    @Test
    void anUndocumentedStatusOrABodyNotAsDocumentedIsFound() throws IOException {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();
        verify(document, "getDispute", 409, Problem.MEDIA_TYPE, IntakeExamples.CONFLICT, wrong);
        assertEquals(List.of("getDispute 409: status not documented"), wrong);
        wrong.clear();
        verify(document, "getDispute", 200, "application/json", "{ \"id\": 1050 }", wrong);
        assertFalse(wrong.isEmpty(), "a state without its fields");
        wrong.clear();
        verify(document, "getDispute", 404, Problem.MEDIA_TYPE, "{ \"title\": \"Not Found\" }", wrong);
        assertFalse(wrong.isEmpty(), "a problem without type and status");
        wrong.clear();
        verify(document, "getDispute", 404, "text/html", "<p>Not found</p>", wrong);
        assertEquals(List.of("getDispute 404: content type text/html not documented"), wrong);
    }

    private static Response withdraw(String token, String path, String body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post(path);
    }

    private long ruledCase() throws Exception {
        long id = IntakeRequests.newCase(dispute -> IntakeRequests.amount(dispute, 1000));
        assertTrue(claims.claim(id, "arbiter1"));
        desk.rule(id, "arbiter1", new RulingDecision(RulingOutcome.FULL_REFUND, Money.yuan(1000),
                ResponsibleParty.SELLER, Optional.empty(), new PolicyClause.Key("QUAL-1", 1),
                "The item did not match its listing.", Sql.version(db, id)));
        return id;
    }

    static JsonNode document() throws IOException {
        String text = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "openapi.json"), text);
        return JSON.readTree(text);
    }

    private static void forEachOperation(JsonNode document, BiConsumer<String, JsonNode> action) {
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(op.getKey())) {
                action.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
            }
        }));
    }

    private static JsonNode operation(JsonNode document, String operationId) {
        JsonNode[] found = { null };
        forEachOperation(document, (where, operation) -> {
            if (operation.path("operationId").asText().equals(operationId)) {
                found[0] = operation;
            }
        });
        assertTrue(found[0] != null, "no operation " + operationId);
        return found[0];
    }

    private static void requireSchemaAndExample(String where, JsonNode media, List<String> wrong) {
        if (!media.has("schema") || media.path("schema").isEmpty()) {
            wrong.add(where + ": no schema");
        }
        if (examplesOf(media).isEmpty()) {
            wrong.add(where + ": no example");
        }
    }

    private static Map<String, JsonNode> examplesOf(JsonNode media) {
        Map<String, JsonNode> examples = new LinkedHashMap<>();
        if (media.has("example")) {
            examples.put("example", media.get("example"));
        }
        media.path("examples").fields().forEachRemaining(e -> examples.put(e.getKey(), e.getValue().path("value")));
        return examples;
    }

    private static JsonNode ref(String schema) {
        return JSON.createObjectNode().put("$ref", SCHEMAS + schema);
    }

    /** What is wrong with {@code value} by {@code schema}, whose references are read in the whole document. */
    static List<String> errors(JsonNode document, JsonNode schema, JsonNode value) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("allOf", JSON.createArrayNode().add(schema));
        root.set("components", document.path("components"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
                        .build()));
        return registry.getSchema(root).validate(value).stream().map(Error::toString).toList();
    }

    private static Set<String> reachableSchemas(JsonNode document) {
        Set<String> named = new HashSet<>();
        List<String> toVisit = new ArrayList<>(refsIn(document.path("paths")));
        while (!toVisit.isEmpty()) {
            String name = toVisit.remove(toVisit.size() - 1);
            if (named.add(name)) {
                toVisit.addAll(refsIn(document.path("components").path("schemas").path(name)));
            }
        }
        return named;
    }

    private static List<String> refsIn(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(SCHEMAS)) {
                refs.add(ref.asText().substring(SCHEMAS.length()));
            }
        }
        node.forEach(child -> refs.addAll(refsIn(child)));
        return refs;
    }
}
