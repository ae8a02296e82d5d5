package arbiter.dispute;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The arbitrators' queue: filtered, sorted and paged by its URL; "take next" claims the most urgent case. */
@Path("/disputes")
@RolesAllowed({ Role.ARBITRATOR, Role.SUPERVISOR })
public class DisputeResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(QueuePage page, QueueFilter filter, String nextPage);
    }

    @Inject
    DisputeQueue queue;

    @Inject
    CaseClaims claims;

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue(@QueryParam("status") List<String> status, @QueryParam("reason") String reason,
            @QueryParam("min") String min, @QueryParam("max") String max, @QueryParam("mine") String mine,
            @QueryParam("unassigned") String unassigned, @QueryParam("due") String due,
            @QueryParam("shop") String shop, @QueryParam("buyer") String buyer, @QueryParam("sort") String sort,
            @QueryParam("after") String after) {
        QueueFilter filter = QueueFilter.parse(status, reason, min, max, mine, unassigned, due, shop, buyer, sort,
                after);
        QueuePage page = queue.page(filter, user.getUsername(), PAGE_SIZE);
        String nextPage = page.next() == null ? null : "/disputes" + filter.query(page.next());
        return Templates.queue(page, filter, nextPage);
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
}
