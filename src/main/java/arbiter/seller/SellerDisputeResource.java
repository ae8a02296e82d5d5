package arbiter.seller;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import arbiter.dispute.Party;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.EvidenceRequests.EvidenceRefused;
import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * One of the shop's disputes: the buyer's statement, the chat and the buyer's evidence photos (what the shop answers
 * to), what is asked of the shop and by when, and its answer (a statement and photos
 * with captions, through the same photo pipeline as the platform's), accepted until the deadline only.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Path("/seller/disputes/{id}")
@RolesAllowed(Role.SELLER)
public class SellerDisputeResource {

    public static final int STATEMENT_MAX = 4000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dispute(ShopDisputes.DisputeView view, boolean answerable, int photosMax);
    }

    @Inject
    ShopDisputes disputes;

    @Inject
    EvidenceRequests requests;

    @Inject
    SellerUploads uploads;

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dispute(@PathParam("id") long id) {
        ShopDisputes.DisputeView view = disputes.find(user.requiredShopId(), id)
                .orElseThrow(NotFoundException::new);
        return Templates.dispute(view, view.open(clock.instant()).isPresent(), uploads.photosMax());
    }

    @POST
    @Path("/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response answer(@PathParam("id") long id, @RestForm String statement,
            @RestForm("photo") List<FileUpload> photos, @RestForm("caption") List<String> captions) {
        if (!disputes.isShops(user.requiredShopId(), id)) {
            throw new NotFoundException();
        }
        URI back = URI.create("/seller/disputes/" + id);
        String text = statement == null ? "" : statement.strip();
        List<SubmittedPhoto> processed;
        try {
            processed = uploads.photos(photos, captions);
        } catch (SellerUploads.UploadRefused refused) {
            flash.error(SellerUploads.flashKey(refused.reason));
            return Response.seeOther(back).build();
        }
        if (text.length() > STATEMENT_MAX || (text.isEmpty() && processed.isEmpty())) {
            flash.error("flash_seller_evidence_empty");
            return Response.seeOther(back).build();
        }
        try {
            requests.submit(id, Party.SELLER, text, processed);
            flash.success("flash_seller_evidence_saved");
        } catch (EvidenceRefused refused) {
            flash.error(refused.deadline == null ? "flash_seller_evidence_unasked" : "flash_seller_evidence_late");
        }
        return Response.seeOther(back).build();
    }
}
