package arbiter.supervision;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.evidence.CaseEvidence;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.penalty.AppealRefusals;
import arbiter.penalty.Appeals;
import arbiter.penalty.Appeals.AppealRefused;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Appeals waiting for a supervisor, and one appeal beside the ruling it is against. */
@Path("/supervision/appeals")
@RolesAllowed(Role.SUPERVISOR)
public class AppealResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance appeals(List<AppealDesk.Waiting> waiting);

        static native TemplateInstance appeal(AppealDesk.Case found, List<Appeals.Photo> photos, boolean decidable,
                boolean ownRuling, List<CaseEvidence.QuotedMessage> reliedOnMessages);
    }

    @Inject
    AppealDesk desk;

    @Inject
    CaseEvidence evidence;

    @Inject
    Appeals appeals;

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance appeals() {
        return Templates.appeals(desk.waiting());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance appeal(@PathParam("id") long id) {
        AppealDesk.Case found = desk.find(id).orElseThrow(NotFoundException::new);
        return Templates.appeal(found, appeals.photos(id), found.decidable(), found.ruledBy(user.getUsername()),
                evidence.quoted(found.ruling().disputeId(), found.ruling().reliedOn().messageIds()));
    }

    @POST
    @Path("/{id}/decision")
    public Response decide(@PathParam("id") long id, @FormParam("decision") String decision,
            @FormParam("reason") String reason) {
        if (!"uphold".equals(decision) && !"overturn".equals(decision)) {
            flash.error("flash_appeal_decision");
            return Response.seeOther(URI.create("/supervision/appeals/" + id)).build();
        }
        try {
            desk.decide(id, "overturn".equals(decision), user.getUsername(), reason);
        } catch (AppealRefused refused) {
            flash.error(AppealRefusals.flashKey(refused.reason));
            return Response.seeOther(URI.create("/supervision/appeals/" + id)).build();
        }
        flash.success("overturn".equals(decision) ? "flash_appeal_overturned" : "flash_appeal_upheld");
        return Response.seeOther(URI.create("/supervision/appeals")).build();
    }
}
