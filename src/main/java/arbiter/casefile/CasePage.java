package arbiter.casefile;

import java.util.List;
import java.util.Optional;

import arbiter.dispute.CaseNote;
import arbiter.dispute.CaseTimeline;
import arbiter.dispute.Dispute;
import arbiter.dispute.SellerHistory;
import arbiter.evidence.CaseRecord;
import arbiter.evidence.EvidenceRequest;
import arbiter.identity.StaffMember;
import arbiter.ruling.RefundInstruction;
import arbiter.ruling.Ruling;

/** Everything the case page shows, read in a fixed number of statements whatever the case holds. */
public record CasePage(
        Dispute dispute,
        CaseRecord record,
        boolean heldByViewer,
        boolean claimable,
        boolean mayRequestEvidence,
        boolean mayUnlock,
        boolean mayReassign,
        List<EvidenceRequest> openRequests,
        SellerHistory.Summary sellerHistory,
        List<CaseNote> notes,
        List<CaseTimeline.Entry> timeline,
        Optional<Ruling> ruling,
        Optional<RefundInstruction> refund,
        List<StaffMember> reassignTo) {

    /** Where the case's forms post to: {@code /disputes/{id}/{action}}. */
    public String action(String action) {
        return "/disputes/" + dispute.id + "/" + action;
    }
}
