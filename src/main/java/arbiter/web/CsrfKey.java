package arbiter.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The portal's CSRF signing key, read once; each thread keeps its own HMAC instance (they are not shared). */
@ApplicationScoped
public class CsrfKey {

    private final ThreadLocal<Mac> macs;

    /**
     * @throws IllegalStateException without a key ({@code ARBITER_CSRF_KEY}); outside dev, demo and test the portal
     *         does not even start without it (system/DeploymentCheck)
     */
    @Inject
    CsrfKey(@ConfigProperty(name = "arbiter.csrf.key") java.util.Optional<String> key) {
        SecretKeySpec spec = new SecretKeySpec(key.orElseThrow(() -> new IllegalStateException(
                "ARBITER_CSRF_KEY is not set")).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(spec);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
            }
        });
    }

    /** The HMAC of {@code value}, base64url without padding. */
    String sign(String value) {
        Mac mac = macs.get();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.US_ASCII)));
    }
}
