package arbiter.ruling;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Disputes;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.ruling.RulingDesk.RulingRefused;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The ruling form of a case, for the arbitrator holding it: fill in, preview the impact, rule. A refused
 * form comes back with each problem beside its field and the values as entered; a ruling made goes back to
 * the case with a flash message.
 */
@Path("/disputes/{id}/rulings")
@RolesAllowed({ Role.ARBITRATOR, Role.SUPERVISOR })
public class RulingResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(Disputes.CaseFile dispute, RulingForm form, Map<String, String> errors,
                RulingDesk.Preview preview, PolicyClauses.Offered clauses, List<RulingOutcome> outcomes,
                List<ResponsibleParty> parties, List<arbiter.penalty.PenaltyGrade> grades);
    }

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    Disputes disputes;

    @Inject
    PolicyClauses clauses;

    @Inject
    RulingDesk desk;

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newRuling(@PathParam("id") long id) {
        Disputes.CaseFile dispute = heldByViewer(id);
        RulingForm form = new RulingForm();
        form.version = Long.toString(dispute.version());
        return page(dispute, form, Map.of(), null);
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@PathParam("id") long id, @BeanParam RulingForm form, @FormParam("action") String action) {
        Disputes.CaseFile dispute = heldByViewer(id);
        RulingCheck.Result checked = RulingCheck.check(form, dispute.amountPaid(), clauses.activeSupport());
        if (checked.decision().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(dispute, form, checked.errors(), null)).build();
        }
        RulingDecision decision = checked.decision().get();
        if (!"rule".equals(action)) {
            return Response.ok(page(dispute, form, Map.of(), desk.preview(dispute.shopId(), decision))).build();
        }
        try {
            RulingDesk.Made made = desk.rule(id, user.getUsername(), decision);
            flash.success(made.effective() ? "flash_ruled" : "flash_ruling_awaits_approval");
        } catch (RulingRefused refused) {
            if (refused.reason == RulingRefused.Reason.NOT_HOLDER) {
                throw new ForbiddenException();
            }
            flash.error(RulingRefusals.flashKey(refused.reason));
        }
        return Response.seeOther(URI.create("/disputes/" + id)).build();
    }

    /** Only the arbitrator holding the case in review may rule on it; anyone else gets 403. */
    private Disputes.CaseFile heldByViewer(long id) {
        Disputes.CaseFile dispute = disputes.caseFile(id).orElseThrow(NotFoundException::new);
        if (dispute.status() != DisputeStatus.IN_REVIEW || !user.getUsername().equals(dispute.assignee())) {
            throw new ForbiddenException();
        }
        return dispute;
    }

    private TemplateInstance page(Disputes.CaseFile dispute, RulingForm form, Map<String, String> errors,
            RulingDesk.Preview preview) {
        return Templates.form(dispute, form, errors, preview, clauses.offeredFor(dispute.noAnswerFrom()),
                List.of(RulingOutcome.values()),
                List.of(ResponsibleParty.values()), List.of(arbiter.penalty.PenaltyGrade.values()));
    }
}
