package arbiter.seller;

import arbiter.dispute.DisputeQueue;
import arbiter.dispute.QueueRow;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The seller's own disputes, scoped to the shop in their token and to nothing else. */
@Path("/seller")
@RolesAllowed(Role.SELLER)
public class SellerResource {

    static final int LIMIT = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance disputes(List<QueueRow> rows, Map<Long, Instant> deadlines);
    }

    @Inject
    CurrentUser user;

    @Inject
    DisputeQueue queue;

    @Inject
    ShopDisputes shopDisputes;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance disputes() {
        String shopId = user.requiredShopId();
        return Templates.disputes(queue.ofShop(shopId, LIMIT), shopDisputes.deadlines(shopId));
    }
}
