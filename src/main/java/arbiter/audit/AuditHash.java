package arbiter.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The hash of an audit event: SHA-256 over its fields and the previous event's hash, in a canonical form
 * that survives the round trip through PostgreSQL ({@code jsonb} reorders keys and spacing, so the states
 * are hashed as key-sorted JSON re-made from their content).
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> STATE = new TypeReference<>() {
    };

    private AuditHash() {
    }

    public static String of(AuditEvent event) {
        String canonical = String.join("\n",
                event.prevHash,
                event.occurredAt.toString(),
                event.actor,
                event.actorRole,
                event.action,
                event.targetType,
                event.targetId,
                canonicalJson(event.beforeState),
                canonicalJson(event.afterState),
                String.valueOf(event.clientAddress),
                String.valueOf(event.requestId))
                // Added with the shop column (V7): events without a shop hash as they always did.
                + (event.shopId == null ? "" : "\n" + event.shopId);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A state as key-sorted JSON; {@code null} stays {@code null}. */
    static String canonicalJson(Map<String, String> state) {
        if (state == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(state));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an audit state is a map of texts", e);
        }
    }

    /** A state as read back from the database, keys sorted; empty for none. */
    public static Map<String, String> state(String storedJson) {
        if (storedJson == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(storedJson, STATE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit state that is not a map of texts: " + storedJson, e);
        }
    }

    /** The canonical form of a state as read back from the database. */
    static String canonicalJson(String storedJson) {
        if (storedJson == null) {
            return "null";
        }
        try {
            return JSON.writeValueAsString(state(storedJson));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
