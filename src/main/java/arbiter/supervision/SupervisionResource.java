package arbiter.supervision;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import arbiter.dispute.DisputeQueue;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.QueueRow;
import arbiter.identity.Role;
import arbiter.penalty.Appeals;
import arbiter.ruling.RefundRelay;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The supervisors' desk: what waits for a second pair of eyes, each with its own page, and overdue cases. */
@Path("/supervision")
@RolesAllowed(Role.SUPERVISOR)
public class SupervisionResource {

    /** Overdue cases listed at most; past that the count on the desk says how many more there are. */
    static final int OVERDUE_SHOWN = 200;

    record Waiting(long approvals, long appeals, long overdue, long failedRefunds, long failedDeliveries) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Waiting waiting);

        static native TemplateInstance overdue(List<QueueRow> rows, int limit);
    }

    @Inject
    DisputeQueue queue;

    @Inject
    Appeals appeals;

    @Inject
    RefundRelay refunds;

    @Inject
    arbiter.event.CaseEventRelay events;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview() {
        return Templates.overview(new Waiting(queue.countInStatus(DisputeStatus.PENDING_APPROVAL),
                appeals.countPending(), queue.countOverdue(), refunds.countFailed(), events.countFailed()));
    }

    @GET
    @Path("/overdue")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overdue() {
        return Templates.overdue(queue.overdue(OVERDUE_SHOWN), OVERDUE_SHOWN);
    }
}
