package arbiter.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Where a browser lands when it comes back from Keycloak in a way the sign-in itself does not finish: the
 * callback ({@code /signed-in}) reached by a signed-in browser (a second tab signed in after the first, the
 * back button, a reload, a replayed or made-up state) goes to the start page, which shows the role's work;
 * an answer from Keycloak that is an error (the OIDC {@code error} parameter, e.g. an expired login form), for
 * a browser that is not signed in, gets a page that says so with a way to sign in again, never a 401, a 404
 * or a redirect loop (issue 13, fault 4). A fresh sign-in never reaches this resource: Quarkus finishes it and
 * sends the browser to the page it asked for ({@code restore-path-after-redirect}).
 */
@Path("/signed-in")
@PermitAll // who may reach it is the HTTP permissions' (application.properties): the callback signed in, its error page anyone
public class SignInReturnResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unfinished();
    }

    @Inject
    SecurityIdentity identity;

    /** The callback reached with a session already in place: 303 to the start page (relative Location). */
    @GET
    public Response returned() {
        if (identity.isAnonymous()) {
            return Response.status(Response.Status.SEE_OTHER).header("Location", "/signed-in/unfinished").build();
        }
        return Response.status(Response.Status.SEE_OTHER).header("Location", "/").build();
    }

    /**
     * Keycloak answered with an error instead of a code (OIDC {@code error}, {@code error_description}, both
     * ignored as they are the provider's words, not ours): the start page if a session exists after all, else
     * a page with a sign-in button (200).
     */
    @GET
    @Path("unfinished")
    @Produces(MediaType.TEXT_HTML)
    public Response unfinished() {
        if (!identity.isAnonymous()) {
            return Response.status(Response.Status.SEE_OTHER).header("Location", "/").build();
        }
        return Response.ok(Templates.unfinished()).build();
    }
}
