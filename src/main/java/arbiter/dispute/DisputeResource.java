package arbiter.dispute;

import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The arbitrators' queue. For now the most urgent open cases; filters and paging come with the queue work. */
@Path("/disputes")
@RolesAllowed({Role.ARBITRATOR, Role.SUPERVISOR})
public class DisputeResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance queue(List<QueueRow> rows, SlaRules sla);
    }

    @Inject
    DisputeQueue queue;

    @Inject
    SlaRules sla;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance queue() {
        return Templates.queue(queue.mostUrgent(PAGE_SIZE), sla);
    }
}
