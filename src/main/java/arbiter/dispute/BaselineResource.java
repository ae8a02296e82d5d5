package arbiter.dispute;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The yardstick of bench/queue.sh: a minimal page of 50 rows from one indexed query, this stack's
 * equivalent of the TechEmpower "Fortunes" test, behind the same sign-in as the queue. Off (404) unless
 * {@code arbiter.bench.baseline-page=true}.
 */
@Path("/baseline")
@RolesAllowed({ Role.ARBITRATOR, Role.SUPERVISOR })
public class BaselineResource {

    @ConfigProperty(name = "arbiter.bench.baseline-page", defaultValue = "false")
    boolean enabled;

    public record Row(long id, String caseNo, DisputeStatus status) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rows(List<Row> rows);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance rows() {
        if (!enabled) {
            throw new NotFoundException();
        }
        List<Row> rows = Dispute.getEntityManager()
                .createQuery("select d.id, d.caseNo, d.status from Dispute d order by d.id", Object[].class)
                .setMaxResults(50)
                .getResultStream()
                .map(r -> new Row((Long) r[0], (String) r[1], (DisputeStatus) r[2]))
                .toList();
        return Templates.rows(rows);
    }
}
