package arbiter.home;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import arbiter.dispute.DisputeQueue;
import arbiter.dispute.DisputeStatus;
import arbiter.identity.CurrentUser;
import arbiter.penalty.Appeals;
import arbiter.penalty.Penalties;
import arbiter.ruling.RefundRelay;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

/** The start page: for each role, what waits for them. */
@Path("/")
public class HomeResource {

    /** Points years follow the calendar in China (DESIGN.md, "Graded seller penalties"). */

    record StaffCounts(long unclaimed, long mine, long dueSoon, long overdue) {
    }

    record SupervisorCounts(long approvals, long appeals, long overdue, long failedRefunds, long failedDeliveries) {
    }

    record SellerCounts(long openDisputes, long unreadNotices, int points) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(StaffCounts staff, SupervisorCounts supervisor, SellerCounts seller);
    }

    @Inject
    CurrentUser user;

    @Inject
    DisputeQueue queue;

    @Inject
    Appeals appeals;

    @Inject
    Penalties penalties;

    @Inject
    RefundRelay refunds;

    @Inject
    arbiter.event.CaseEventRelay events;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        StaffCounts staff = null;
        SupervisorCounts supervisor = null;
        SellerCounts seller = null;
        if (user.isStaff()) {
            staff = new StaffCounts(queue.countUnclaimed(), queue.countHeldBy(user.getUsername()),
                    queue.countDueSoon(), queue.countOverdue());
        }
        if (user.isSupervisor()) {
            supervisor = new SupervisorCounts(queue.countInStatus(DisputeStatus.PENDING_APPROVAL),
                    appeals.countPending(), staff.overdue(), refunds.countFailed(), events.countFailed());
        }
        if (user.shopId().isPresent()) {
            String shop = user.shopId().get();
            seller = new SellerCounts(queue.countOpenForShop(shop), penalties.unreadNotices(shop),
                    penalties.currentPoints(shop));
        }
        return Templates.home(staff, supervisor, seller);
    }
}
