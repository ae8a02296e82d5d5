package arbiter.identity;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;

/**
 * Sign-out: records the session as ended (so no copy of the cookie works again), drops the session
 * cookie, and ends the Keycloak session too, which then returns the browser to the start page.
 */
@Path("/signout")
public class SignOutResource {

    @Inject
    @IdToken
    JsonWebToken idToken;

    @Inject
    OidcSession session;

    @Inject
    OidcConfigurationMetadata provider;

    @Inject
    EndedSessions endedSessions;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @POST
    @Authenticated
    public Response signOut(@Context UriInfo uri) {
        String sid = idToken.getClaim("sid");
        if (sid != null) {
            endedSessions.end(sid);
        }
        String rawIdToken = idToken.getRawToken();
        session.logout().await().indefinitely();
        UriBuilder endSession = UriBuilder.fromUri(provider.getEndSessionUri())
                .queryParam("client_id", clientId)
                .queryParam("post_logout_redirect_uri", uri.getBaseUri().toString());
        if (rawIdToken != null) {
            endSession.queryParam("id_token_hint", rawIdToken);
        }
        return Response.seeOther(endSession.build()).build();
    }
}
