package arbiter.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where Keycloak reports a session it ended (signed out in its account console, by an administrator, or
 * expired): the session is recorded as ended in the database ({@link EndedSessions}), so every portal instance
 * refuses its cookie within {@code arbiter.sessions.recheck-after}, this one at once. Proof is the logout
 * token's signature ({@link LogoutTokens}); there is no browser, so no CSRF token.
 */
@Path("/back-channel-logout")
@PermitAll
public class BackChannelLogoutResource {

    @Inject
    LogoutTokens tokens;

    @Inject
    EndedSessions endedSessions;

    /** 200 once the session is recorded as ended; 400 for a token that is not a valid logout token. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response sessionEnded(@FormParam("logout_token") String logoutToken) {
        return tokens.sessionEndedBy(logoutToken).map(sid -> {
            endedSessions.end(sid);
            return Response.ok().build();
        }).orElseGet(() -> Response.status(Response.Status.BAD_REQUEST).build());
    }
}
