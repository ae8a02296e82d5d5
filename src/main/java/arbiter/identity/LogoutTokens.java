package arbiter.identity;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

/**
 * Reads Keycloak's back-channel logout tokens (OpenID Connect Back-Channel Logout 1.0, section 2.4) with jose4j:
 * signed by a key of the realm (fetched from its JWKS and cached), issued by the realm, for the {@code portal}
 * client, unexpired, carrying the back-channel logout event and a session id ({@code sid}) and no nonce.
 */
@ApplicationScoped
public class LogoutTokens {

    private static final Logger LOG = Logger.getLogger(LogoutTokens.class);
    static final String LOGOUT_EVENT = "http://schemas.openid.net/event/backchannel-logout";

    private final JwtConsumer consumer;

    @Inject
    LogoutTokens(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realm,
            @ConfigProperty(name = "quarkus.oidc.client-id") String clientId) {
        HttpsJwks keys = new HttpsJwks(realm + "/protocol/openid-connect/certs");
        consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(keys))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256, AlgorithmIdentifiers.RSA_PSS_USING_SHA256,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setExpectedIssuer(realm)
                .setExpectedAudience(clientId)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setAllowedClockSkewInSeconds(30)
                .build();
    }

    /** The Keycloak session a valid logout token ends; empty for anything else (logged, one line). */
    public Optional<String> sessionEndedBy(String logoutToken) {
        if (logoutToken == null || logoutToken.isBlank() || logoutToken.length() > 16_384) {
            return Optional.empty();
        }
        try {
            JwtClaims claims = consumer.processToClaims(logoutToken.strip());
            Object events = claims.getClaimValue("events");
            if (!(events instanceof Map<?, ?> map) || !map.containsKey(LOGOUT_EVENT) || claims.hasClaim("nonce")) {
                LOG.info("Refused a logout token: not a back-channel logout event");
                return Optional.empty();
            }
            return Optional.ofNullable(claims.getStringClaimValue("sid")).filter(sid -> !sid.isBlank());
        } catch (InvalidJwtException | MalformedClaimException e) {
            LOG.infof("Refused a logout token: %s", arbiter.system.ClientInput.quoted(e.getMessage()));
            return Optional.empty();
        }
    }
}
