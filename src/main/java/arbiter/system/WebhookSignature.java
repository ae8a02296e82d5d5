package arbiter.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery (a refund instruction to the payment system, a case event to the order
 * platform) as the receiver checks it: {@code sha256=} and the hex
 * HMAC-SHA256 of the request body under the shared key, in the {@code X-Arbiter-Signature} header.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Arbiter-Signature";

    private WebhookSignature() {
    }

    public static String of(String body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code signature} is the one of {@code body}, compared in constant time. */
    public static boolean matches(String body, String key, String signature) {
        return signature != null && MessageDigest.isEqual(of(body, key).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
