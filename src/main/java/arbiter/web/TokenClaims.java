package arbiter.web;

import java.security.Principal;
import java.util.Optional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;

/**
 * A claim of the signed-in user's token, read from the claims themselves: {@code JsonWebToken.getClaim}
 * first tries the name as a standard claim and throws (with a stack trace) for any other, such as "sid",
 * "name" and "shop_id", which the portal reads on every request.
 */
public final class TokenClaims {

    private TokenClaims() {
    }

    public static Optional<String> text(Principal principal, String name) {
        Object value = null;
        if (principal instanceof OidcJwtCallerPrincipal oidc) {
            value = oidc.getClaims().getClaimValue(name);
        } else if (principal instanceof JsonWebToken token) {
            value = token.getClaim(name);
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
