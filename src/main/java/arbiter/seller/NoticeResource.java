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

import arbiter.evidence.CaseEvidence;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.penalty.AppealRefusals;
import arbiter.penalty.Appeals.AppealRefused;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The shop's penalty notices, each with its appeal: filed here, decided by a supervisor, shown here. */
@Path("/seller/notices")
@RolesAllowed(Role.SELLER)
public class NoticeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notices(List<ShopNotices.NoticeLine> notices);

        static native TemplateInstance notice(ShopNotices.NoticeView view, boolean appealable, int photosMax,
                List<CaseEvidence.QuotedMessage> reliedOnMessages);
    }

    @Inject
    ShopNotices notices;

    @Inject
    CaseEvidence evidence;

    @Inject
    AppealFiling appeals;

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    SellerUploads uploads;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance notices() {
        return Templates.notices(notices.of(user.requiredShopId()));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance notice(@PathParam("id") long id) {
        String shop = user.requiredShopId();
        notices.read(shop, id);
        ShopNotices.NoticeView view = notices.find(shop, id).orElseThrow(NotFoundException::new);
        return Templates.notice(view, view.appealable(clock.instant()), uploads.photosMax(),
                evidence.quoted(view.ruling().disputeId(), view.ruling().reliedOn().messageIds()));
    }

    @POST
    @Path("/{id}/appeal")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response appeal(@PathParam("id") long id, @RestForm String statement,
            @RestForm("photo") List<FileUpload> photos, @RestForm("caption") List<String> captions) {
        String shop = user.requiredShopId();
        ShopNotices.NoticeView view = notices.find(shop, id).orElseThrow(NotFoundException::new);
        try {
            appeals.file(shop, view.penaltyId(), statement, uploads.photos(photos, captions));
            flash.success("flash_appeal_filed");
        } catch (AppealRefused refused) {
            flash.error(AppealRefusals.flashKey(refused.reason));
        } catch (SellerUploads.UploadRefused refused) {
            flash.error(SellerUploads.flashKey(refused.reason));
        }
        return Response.seeOther(URI.create("/seller/notices/" + id)).build();
    }
}
