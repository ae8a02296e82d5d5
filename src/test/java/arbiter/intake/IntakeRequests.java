package arbiter.intake;

import static io.restassured.RestAssured.given;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.Browser;
import arbiter.TestEnvironment;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Intake requests as the order platform sends them, with tokens from the real Keycloak. */
public final class IntakeRequests {

    static final ObjectMapper JSON = new ObjectMapper();

    private IntakeRequests() {
    }

    public static String platformToken() {
        return token("order-platform", "order-platform-demo-secret");
    }

    /** A valid client-credentials token whose service account has no Arbiter role. */
    public static String tokenWithoutIntakeRole() {
        return token("probe-no-role", "probe-no-role-secret");
    }

    private static String token(String client, String secret) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client).formParam("client_secret", secret)
                .when().post(TestEnvironment.REALM + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The contract's example, with times in the recent past and its own externalId, as a mutable tree. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> dispute(String externalId) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("externalId", externalId);
        d.put("order", new LinkedHashMap<>(Map.of("orderNo", "4012345678901234", "itemTitle", "男士羊毛大衣 藏青 XL",
                "amountPaid", 59900, "currency", "CNY", "paidAt", now.minusDays(10).toString(),
                "shippedAt", now.minusDays(9).toString(), "deliveredAt", now.minusDays(7).toString())));
        d.put("buyer", new LinkedHashMap<>(Map.of("id", "b-88123", "nick", "小林不吃香菜")));
        d.put("seller", new LinkedHashMap<>(Map.of("shopId", "shop-1", "shopName", "暖冬服饰旗舰店",
                "email", "service@shop-1.example")));
        d.put("reason", "NOT_AS_DESCRIBED");
        d.put("requestedRefund", 59900);
        d.put("buyerStatement", "收到的大衣颜色和图片严重不符，面料起球。");
        d.put("escalatedBy", "BUYER");
        d.put("escalatedAt", now.minusHours(1).toString());
        List<Object> chat = new ArrayList<>();
        chat.add(new LinkedHashMap<>(Map.of("at", now.minusDays(6).toString(), "from", "BUYER",
                "text", "你好，衣服颜色不对", "photos", new ArrayList<>(List.of("p1")))));
        chat.add(new LinkedHashMap<>(Map.of("at", now.minusDays(6).plusMinutes(19).toString(), "from", "SELLER",
                "text", "亲，色差是正常的哦")));
        d.put("chat", chat);
        List<Object> evidence = new ArrayList<>();
        evidence.add(new LinkedHashMap<>(Map.of("party", "BUYER", "photo", "p2", "caption", "面料起球特写")));
        d.put("evidence", evidence);
        return d;
    }

    /** The photo parts the example references. */
    public static Map<String, byte[]> photos() {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        photos.put("p1", TestPhotos.jpeg(640, 480));
        photos.put("p2", TestPhotos.png(320, 240));
        return photos;
    }

    /** A new case from the example request, through the API; its id. */
    public static long newCase() {
        return newCase(dispute -> {
        });
    }

    /** A new case from the example request as {@code adjust} changes it, through the API; its id. */
    public static long newCase(Consumer<Map<String, Object>> adjust) {
        Map<String, Object> dispute = dispute("TB-T-" + UUID.randomUUID());
        adjust.accept(dispute);
        return post(dispute, photos()).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The example's seller becomes {@code shopId} (a shop of its own starts with no points). */
    @SuppressWarnings("unchecked")
    public static void shop(Map<String, Object> dispute, String shopId) {
        ((Map<String, Object>) dispute.get("seller")).put("shopId", shopId);
    }

    /** A shop no other test uses. */
    public static String newShopId() {
        return "shop-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The example's amount paid, and the refund requested with it, become {@code fen}. */
    @SuppressWarnings("unchecked")
    public static void amount(Map<String, Object> dispute, long fen) {
        ((Map<String, Object>) dispute.get("order")).put("amountPaid", fen);
        dispute.put("requestedRefund", fen);
    }

    public static Response post(Map<String, Object> dispute, Map<String, byte[]> photos) {
        return post(json(dispute), photos, platformToken());
    }

    public static Response post(String disputeJson, Map<String, byte[]> photos, String token) {
        return post(given(), disputeJson, photos, token);
    }

    /**
     * Sends the request with "Expect: 100-continue" and a declared length, the way a client sending a large
     * upload should, and answers the status. The portal can then refuse it before any of the body is sent.
     */
    public static int postExpectingContinue(String disputeJson, Map<String, byte[]> photos, String token)
            throws IOException {
        String boundary = "arbiter-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writePart(body, boundary, "form-data; name=\"dispute\"", "application/json; charset=UTF-8",
                disputeJson.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> photo : photos.entrySet()) {
            writePart(body, boundary, "form-data; name=\"" + photo.getKey() + "\"; filename=\"" + photo.getKey()
                    + ".jpg\"", "image/jpeg", photo.getValue());
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        // A plain socket: Java 17's HttpClient cannot take a final answer while it waits for "100 Continue".
        URI portal = URI.create(Browser.PORTAL);
        try (Socket socket = new Socket(portal.getHost(), portal.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/disputes HTTP/1.1\r\nHost: " + portal.getAuthority()
                    + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + body.size()
                    + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader answer = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            int status = Integer.parseInt(answer.readLine().split(" ")[1]);
            if (status == 100) {
                socket.getOutputStream().write(body.toByteArray());
                String line;
                while ((line = answer.readLine()) != null && !line.startsWith("HTTP/1.1 ")) {
                    // the blank line that ends the interim answer
                }
                status = line == null ? -1 : Integer.parseInt(line.split(" ")[1]);
            }
            return status;
        }
    }

    private static void writePart(ByteArrayOutputStream body, String boundary, String disposition,
            String contentType, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
                + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static Response post(RequestSpecification given, String disputeJson, Map<String, byte[]> photos,
            String token) {
        RequestSpecification request = given.auth().oauth2(token).redirects().follow(false)
                .multiPart(new MultiPartSpecBuilder(disputeJson.getBytes(StandardCharsets.UTF_8))
                        .controlName("dispute").mimeType("application/json").charset(StandardCharsets.UTF_8).build());
        photos.forEach((name, bytes) -> request.multiPart(name, name + ".jpg", bytes, "image/jpeg"));
        return request.when().post("/api/v1/disputes");
    }

    public static String json(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
