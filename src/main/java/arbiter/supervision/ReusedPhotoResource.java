package arbiter.supervision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import arbiter.evidence.PhotoReuseRules;
import arbiter.evidence.ReusedPhotos;
import arbiter.identity.Role;
import arbiter.ruling.RulingOutcome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The supervisors' list of reused photos across the platform (issue 17, {@code /supervision/reused-photos}): each
 * cluster of same or nearly identical photos found in more than one case, newest first, with every case it is in,
 * its party, shop and outcome. Paged by keyset on the cluster's number ({@code ?before=}).
 */
@Path("/supervision/reused-photos")
@RolesAllowed(Role.SUPERVISOR)
public class ReusedPhotoResource {

    /** Clusters on one page. */
    static final int PAGE = 20;

    /** The page's clusters and what the template needs to word them. */
    public record Page(ReusedPhotos.ClusterPage clusters, int maxDistance, boolean first) {

        /** A ruling outcome as the clusters carry it (its name), for its label. */
        public RulingOutcome outcome(String name) {
            return RulingOutcome.valueOf(name);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance clusters(Page page);
    }

    @Inject
    ReusedPhotos reusedPhotos;

    @Inject
    PhotoReuseRules rules;

    /**
     * @param before the cluster number to list below (from the previous page's "older" link); absent for the newest
     * @throws BadRequestException 400 when {@code before} is not a positive whole number
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance clusters(@QueryParam("before") String before) {
        Long below = null;
        if (before != null && !before.isEmpty()) {
            if (!before.matches("[0-9]{1,18}") || Long.parseLong(before) == 0) {
                throw new BadRequestException("before: a cluster number");
            }
            below = Long.parseLong(before);
        }
        return Templates.clusters(new Page(reusedPhotos.clusters(below, PAGE), rules.maxDistance(), below == null));
    }
}
