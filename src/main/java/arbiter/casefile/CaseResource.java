package arbiter.casefile;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.dispute.CaseTimeline;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Disputes;
import arbiter.dispute.Party;
import arbiter.dispute.PartyRecords;
import arbiter.evidence.CaseEvidence;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.ReusedPhotos;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.identity.StaffDirectory;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.Precedents;
import arbiter.ruling.RationaleTemplates;
import arbiter.ruling.RulingCheck;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingDesk.RulingRefused;
import arbiter.ruling.RulingForm;
import arbiter.ruling.RulingRefusals;
import arbiter.ruling.Rulings;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

/** One case: read it, claim or release it, add notes, ask a party for evidence; supervisors unlock or reassign. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@Path("/disputes/{id}")
@RolesAllowed({ Role.ARBITRATOR, Role.SUPERVISOR })
public class CaseResource {

    /** Keycloak user names as the realm allows them. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    public static final int MAX_REQUEST_NOTE = 2000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dispute(CasePage page);
    }

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    Disputes disputes;

    @Inject
    CaseClaims claims;

    @Inject
    CaseEvidence evidence;

    @Inject
    CaseNotes notes;

    @Inject
    CaseTimeline timeline;

    @Inject
    PartyRecords partyRecords;

    @Inject
    ReusedPhotos reusedPhotos;

    @Inject
    Precedents precedents;

    @Inject
    EvidenceRequests evidenceRequests;

    @Inject
    Rulings rulings;

    @Inject
    StaffDirectory staff;

    @Inject
    RulingDrafts drafts;

    @Inject
    PolicyClauses clauses;

    @Inject
    RulingDesk desk;

    @Inject
    RationaleTemplates templates;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dispute(@PathParam("id") long id) {
        Disputes.CaseFile dispute = disputes.caseFile(id).orElseThrow(NotFoundException::new);
        boolean held = user.getUsername().equals(dispute.assignee());
        if (held && dispute.status() == DisputeStatus.IN_REVIEW) {
            claims.renewIfDue(id, dispute.leaseExpiresAt(), user.getUsername());
            RulingForm form = drafts.find(id, user.getUsername()).orElseGet(RulingForm::new);
            form.version = Long.toString(dispute.version());
            Optional<RulingDesk.Preview> preview = RulingCheck
                    .check(form, dispute.amountPaid(), clauses.activeSupport()).decision()
                    .map(decision -> desk.preview(dispute.shopId(), decision));
            return page(dispute, Optional.of(panel(dispute, form, Map.of(), preview)));
        }
        return page(dispute, Optional.empty());
    }

    /**
     * The ruling form's submit, from the case page (issue 16, "Rule beside the evidence"): {@code action=preview}
     * keeps the form as a draft and comes back to the case, where the impact is shown (post/redirect/get; with htmx the
     * form's panel is replaced in place); {@code action=rule} rules. A form that fails the check comes back (400) with
     * each problem beside its field and nothing ruled; only the holder of the case in review may post (403).
     */
    @POST
    @Path("/rulings")
    @Produces(MediaType.TEXT_HTML)
    public Response rule(@PathParam("id") long id, @BeanParam RulingForm form, @FormParam("action") String action) {
        Disputes.CaseFile dispute = heldByViewer(id);
        if ("template".equals(action)) {
            return insertTemplate(dispute, form);
        }
        drafts.save(id, user.getUsername(), form);
        RulingCheck.Result checked = RulingCheck.check(form, dispute.amountPaid(), clauses.activeSupport());
        if (checked.decision().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(dispute, Optional.of(panel(dispute, form, checked.errors(), Optional.empty())))).build();
        }
        if (!"rule".equals(action)) {
            return toRulingForm(id);
        }
        try {
            RulingDesk.Made made = desk.rule(id, user.getUsername(), checked.decision().get());
            drafts.delete(id, user.getUsername());
            flash.success(made.effective() ? "flash_ruled" : "flash_ruling_awaits_approval");
        } catch (RulingRefused refused) {
            if (refused.reason == RulingRefused.Reason.NOT_HOLDER) {
                throw new ForbiddenException();
            }
            if (refused.reason == RulingRefused.Reason.DEPARTURE_REASON_REQUIRED) {
                return Response.status(Response.Status.BAD_REQUEST).entity(page(dispute, Optional.of(panel(dispute,
                        form, Map.of("departureReason", "ruling_error_departure_required"), Optional.empty())))).build();
            }
            flash.error(RulingRefusals.flashKey(refused.reason));
        }
        return backToCase(id);
    }

    /**
     * Inserts the template chosen into the rationale, filled from the case (after what is already written), and notes
     * the version it started from; back to the form (400 beside the template list for one that is not offered).
     */
    private Response insertTemplate(Disputes.CaseFile dispute, RulingForm form) {
        Optional<RationaleTemplates.Filled> chosen = templates.fillOffered(form.templateChoice, dispute,
                form.refundSoFar(dispute.amountPaid(), dispute.requestedRefund()));
        if (chosen.isEmpty()) {
            drafts.save(dispute.id(), user.getUsername(), form); // kept as typed, as a refused ruling is
            return Response.status(Response.Status.BAD_REQUEST).entity(page(dispute, Optional.of(panel(dispute, form,
                    Map.of("templateChoice", "ruling_error_template"), Optional.empty())))).build();
        }
        String filled = chosen.get().text();
        form.rationale = form.rationale == null || form.rationale.isBlank() ? filled
                : form.rationale.stripTrailing() + "\n\n" + filled;
        form.template = chosen.get().reference();
        form.templateChoice = null;
        drafts.save(dispute.id(), user.getUsername(), form);
        return toRulingForm(dispute.id());
    }

    /** The ruling form's old address: the form is on the case page now. */
    @GET
    @Path("/rulings/new")
    public Response newRuling(@PathParam("id") long id) {
        return toRulingForm(id);
    }

    /** Only the arbitrator holding the case in review may rule on it; anyone else gets 403. */
    private Disputes.CaseFile heldByViewer(long id) {
        Disputes.CaseFile dispute = disputes.caseFile(id).orElseThrow(NotFoundException::new);
        if (dispute.status() != DisputeStatus.IN_REVIEW || !user.getUsername().equals(dispute.assignee())) {
            throw new ForbiddenException();
        }
        return dispute;
    }

    private RulingPanel panel(Disputes.CaseFile dispute, RulingForm form, Map<String, String> errors,
            Optional<RulingDesk.Preview> preview) {
        return new RulingPanel(form, errors, preview, clauses.offeredFor(dispute.noAnswerFrom()),
                templates.offeredFor(dispute, form.refundSoFar(dispute.amountPaid(), dispute.requestedRefund())),
                precedents.of(dispute.id()));
    }

    private TemplateInstance page(Disputes.CaseFile dispute, Optional<RulingPanel> rulingPanel) {
        long id = dispute.id();
        boolean held = user.getUsername().equals(dispute.assignee());
        boolean open = dispute.status() == DisputeStatus.ESCALATED || dispute.status() == DisputeStatus.IN_REVIEW;
        // Read only in the states that have them, to stay within the page's statement budget.
        boolean decided = dispute.status() == DisputeStatus.RULED
                || dispute.status() == DisputeStatus.PENDING_APPROVAL;
        List<EvidenceRequests.Waiting> requests = dispute.status() == DisputeStatus.AWAITING_EVIDENCE
                ? evidenceRequests.waitingOf(id)
                : List.of();
        // The ruling and its refund's state in one query; the refund's state is shown once the case is ruled.
        Optional<Rulings.CaseRuling> ruling = decided ? rulings.caseRuling(id) : Optional.empty();
        return Templates.dispute(new CasePage(dispute, evidence.record(id), held,
                dispute.status() == DisputeStatus.ESCALATED && dispute.assignee() == null,
                held && dispute.status() == DisputeStatus.IN_REVIEW,
                user.isSupervisor() && dispute.status() == DisputeStatus.IN_REVIEW,
                user.isSupervisor() && open,
                requests, partyRecords.ofCase(dispute), notes.of(id), timeline.of(id), ruling,
                dispute.status() == DisputeStatus.RULED
                        ? ruling.map(Rulings.CaseRuling::refundState)
                        : Optional.empty(),
                user.isSupervisor() && open ? staff.all() : List.of(), rulingPanel, reusedPhotos.of(id)));
    }

    @POST
    @Path("/claim")
    public Response claim(@PathParam("id") long id) {
        if (claims.claim(id, user.getUsername())) {
            flash.success("flash_case_claimed");
        } else {
            flash.error("flash_case_not_claimable");
        }
        return backToCase(id);
    }

    @POST
    @Path("/release")
    public Response release(@PathParam("id") long id) {
        if (claims.release(id, user.getUsername())) {
            flash.success("flash_case_released");
            return Response.seeOther(URI.create("/disputes")).build();
        }
        flash.error("flash_case_not_yours");
        return backToCase(id);
    }

    @POST
    @Path("/notes")
    public Response addNote(@PathParam("id") long id, @FormParam("body") String body) {
        String problem = CaseNotes.check(body);
        if (problem != null) {
            flash.error(problem);
        } else if (!notes.add(id, user.getUsername(), body)) {
            throw new NotFoundException();
        } else {
            flash.success("flash_note_added");
        }
        return backToCase(id);
    }

    @POST
    @Path("/evidence-requests")
    public Response requestEvidence(@PathParam("id") long id, @FormParam("party") List<String> parties,
            @FormParam("note") String note) {
        Set<Party> asked = EnumSet.noneOf(Party.class);
        for (String party : parties == null ? List.<String> of() : parties) {
            if (!party.equals("BUYER") && !party.equals("SELLER")) {
                flash.error("flash_evidence_party_required");
                return backToCase(id);
            }
            asked.add(Party.valueOf(party));
        }
        if (asked.isEmpty()) {
            flash.error("flash_evidence_party_required");
        } else if (note == null || note.isBlank() || note.strip().length() > MAX_REQUEST_NOTE) {
            flash.error("flash_evidence_note_required");
        } else if (evidenceRequests.request(id, asked, note, user.getUsername()).isEmpty()) {
            flash.error("flash_case_not_yours");
        } else {
            flash.success("flash_evidence_requested");
        }
        return backToCase(id);
    }

    @POST
    @Path("/unlock")
    @RolesAllowed(Role.SUPERVISOR)
    public Response unlock(@PathParam("id") long id) {
        if (claims.unlock(id)) {
            flash.success("flash_case_unlocked");
        } else {
            flash.error("flash_case_not_held");
        }
        return backToCase(id);
    }

    @POST
    @Path("/reassign")
    @RolesAllowed(Role.SUPERVISOR)
    public Response reassign(@PathParam("id") long id, @FormParam("arbitrator") String arbitrator) {
        String to = arbitrator == null ? "" : arbitrator.strip();
        if (!USERNAME.matcher(to).matches()) {
            flash.error("flash_reassign_invalid");
        } else if (staff.find(to).isEmpty()) {
            // Only to someone known to hold a staff role: a name nobody holds would park the case out of reach.
            flash.error("flash_reassign_unknown");
        } else if (claims.reassign(id, to)) {
            flash.success("flash_case_reassigned");
        } else {
            flash.error("flash_case_not_reassignable");
        }
        return backToCase(id);
    }

    /** Back to the case page, at its ruling form. */
    private static Response toRulingForm(long id) {
        return Response.seeOther(URI.create("/disputes/" + id + "#ruling")).build();
    }

    private static Response backToCase(long id) {
        return Response.seeOther(URI.create("/disputes/" + id)).build();
    }
}
