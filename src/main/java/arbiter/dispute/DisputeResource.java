package arbiter.dispute;

import arbiter.evidence.CaseEvidence;
import arbiter.evidence.CaseRecord;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The arbitrators' queue: filtered, sorted and paged by its URL; "take next" claims the most urgent case. */
@Path("/disputes")
@RolesAllowed({Role.ARBITRATOR, Role.SUPERVISOR})
public class DisputeResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueuePage page, QueueFilter filter, String nextPage,
                List<DisputeStatus> statuses, List<DisputeReason> reasons);

        static native TemplateInstance dispute(Dispute dispute, CaseRecord record, boolean heldByViewer,
                boolean claimable);
    }

    @Inject
    DisputeQueue queue;

    @Inject
    CaseClaims claims;

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    Disputes disputes;

    @Inject
    CaseEvidence evidence;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue(@QueryParam("status") List<String> status, @QueryParam("reason") String reason,
            @QueryParam("min") String min, @QueryParam("max") String max, @QueryParam("mine") String mine,
            @QueryParam("unassigned") String unassigned, @QueryParam("due") String due,
            @QueryParam("sort") String sort, @QueryParam("after") String after) {
        QueueFilter filter = QueueFilter.parse(status, reason, min, max, mine, unassigned, due, sort, after);
        QueuePage page = queue.page(filter, user.getUsername(), PAGE_SIZE);
        String nextPage = page.next() == null ? null : "/disputes" + filter.query(page.next());
        return Templates.queue(page, filter, nextPage, List.of(DisputeStatus.values()),
                List.of(DisputeReason.values()));
    }

    @POST
    @Path("/next")
    public Response takeNext() {
        Optional<Long> taken = claims.takeNext(user.getUsername());
        if (taken.isEmpty()) {
            flash.success("flash_queue_clear");
            return Response.seeOther(URI.create("/disputes")).build();
        }
        return Response.seeOther(URI.create("/disputes/" + taken.get())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance dispute(@PathParam("id") long id) {
        Dispute dispute = disputes.withShop(id).orElseThrow(NotFoundException::new);
        boolean held = user.getUsername().equals(dispute.assignee);
        if (held) {
            claims.renew(id, user.getUsername());
        }
        boolean claimable = dispute.status == DisputeStatus.ESCALATED && dispute.assignee == null;
        return Templates.dispute(dispute, evidence.record(id), held, claimable);
    }

    @POST
    @Path("/{id}/claim")
    public Response claim(@PathParam("id") long id) {
        if (claims.claim(id, user.getUsername())) {
            flash.success("flash_case_claimed");
        } else {
            flash.error("flash_case_not_claimable");
        }
        return Response.seeOther(URI.create("/disputes/" + id)).build();
    }

    @POST
    @Path("/{id}/release")
    public Response release(@PathParam("id") long id) {
        if (claims.release(id, user.getUsername())) {
            flash.success("flash_case_released");
            return Response.seeOther(URI.create("/disputes")).build();
        }
        flash.error("flash_case_not_yours");
        return Response.seeOther(URI.create("/disputes/" + id)).build();
    }
}
