package arbiter.supervision;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.dispute.Disputes;
import arbiter.event.CaseEventRelay;
import arbiter.event.CaseEventRelay.FailedDelivery;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.ruling.RefundRelay;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingDesk.RulingRefused;
import arbiter.ruling.RulingRefusals;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/**
 * Four eyes: rulings waiting for a supervisor's approval; refunds the payment system did not take and case events
 * the platform did not receive, each with a retry.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Path("/supervision")
@RolesAllowed(Role.SUPERVISOR)
public class ApprovalResource {

    /** The longest reason a supervisor may give for sending a ruling back. */
    public static final int REASON_MAX = 2000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance approvals(List<RulingDesk.AwaitingApproval> rulings);

        static native TemplateInstance refunds(List<RefundRelay.FailedRefund> refunds);

        static native TemplateInstance deliveries(List<FailedDelivery> deliveries, Map<Long, String> caseNumbers);
    }

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    RulingDesk desk;

    @Inject
    RefundRelay relay;

    @Inject
    CaseEventRelay events;

    @Inject
    Disputes disputes;

    @GET
    @Path("/approvals")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance approvals() {
        return Templates.approvals(desk.waitingForApproval());
    }

    @POST
    @Path("/approvals/{ruling}/approve")
    public Response approve(@PathParam("ruling") long rulingId) {
        try {
            desk.approve(rulingId, user.getUsername());
            flash.success("flash_ruling_approved");
        } catch (RulingRefused refused) {
            flash.error(RulingRefusals.flashKey(refused.reason));
        }
        return Response.seeOther(URI.create("/supervision/approvals")).build();
    }

    @POST
    @Path("/approvals/{ruling}/reject")
    public Response reject(@PathParam("ruling") long rulingId, @FormParam("reason") String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > REASON_MAX) {
            flash.error("flash_rejection_reason");
        } else {
            try {
                desk.reject(rulingId, user.getUsername(), reason);
                flash.success("flash_ruling_rejected");
            } catch (RulingRefused refused) {
                flash.error(RulingRefusals.flashKey(refused.reason));
            }
        }
        return Response.seeOther(URI.create("/supervision/approvals")).build();
    }

    @GET
    @Path("/refunds")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance refunds() {
        return Templates.refunds(relay.failed());
    }

    @POST
    @Path("/refunds/{id}/retry")
    public Response retry(@PathParam("id") UUID id) {
        if (relay.retry(id)) {
            flash.success("flash_refund_retried");
        } else {
            flash.error("flash_refund_not_failed");
        }
        return Response.seeOther(URI.create("/supervision/refunds")).build();
    }

    @GET
    @Path("/deliveries")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance deliveries() {
        List<FailedDelivery> failed = events.failed();
        return Templates.deliveries(failed,
                disputes.caseNumbers(failed.stream().map(FailedDelivery::disputeId).distinct().toList()));
    }

    @POST
    @Path("/deliveries/{id}/retry")
    public Response retryDelivery(@PathParam("id") UUID id) {
        if (events.retry(id)) {
            flash.success("flash_delivery_retried");
        } else {
            flash.error("flash_delivery_not_failed");
        }
        return Response.seeOther(URI.create("/supervision/deliveries")).build();
    }
}
