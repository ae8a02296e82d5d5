package arbiter.supervision;

import arbiter.dispute.DisputeQueue;
import arbiter.dispute.DisputeStatus;
import arbiter.identity.Role;
import arbiter.penalty.Appeal;
import arbiter.ruling.RefundInstruction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The supervisors' desk: what waits for a second pair of eyes. Each queue gets its own page later. */
@Path("/supervision")
@RolesAllowed(Role.SUPERVISOR)
public class SupervisionResource {

    record Waiting(long approvals, long appeals, long overdue, long failedRefunds) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Waiting waiting);
    }

    @Inject
    DisputeQueue queue;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview() {
        return Templates.overview(new Waiting(queue.countInStatus(DisputeStatus.PENDING_APPROVAL),
                Appeal.countPending(), queue.countOverdue(), RefundInstruction.countFailed()));
    }
}
