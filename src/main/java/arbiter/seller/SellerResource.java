package arbiter.seller;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import arbiter.dispute.DisputeQueue;
import arbiter.dispute.QueueFilter;
import arbiter.dispute.QueuePage;
import arbiter.dispute.QueueRow;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The seller's own disputes, scoped to the shop in their token and to nothing else. */
@Path("/seller")
@RolesAllowed(Role.SELLER)
public class SellerResource {

    /** Cases on one page of the seller's list; the next page follows by keyset (escalation time, id). */
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disputes(List<QueueRow> rows, Map<Long, Instant> deadlines, String nextPage);
    }

    @Inject
    CurrentUser user;

    @Inject
    DisputeQueue queue;

    @Inject
    ShopDisputes shopDisputes;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance disputes(@QueryParam("after") String after) {
        String shopId = user.requiredShopId();
        QueueFilter.Cursor cursor = QueueFilter.Cursor.parseTimeKeyed(after);
        QueuePage page = queue.ofShop(shopId, cursor, PAGE_SIZE);
        return Templates.disputes(page.rows(), shopDisputes.deadlines(shopId),
                page.next() == null ? null : "/seller?after=" + page.next());
    }
}
