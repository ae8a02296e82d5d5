package arbiter.casefile;

import java.util.List;
import java.util.Optional;

import arbiter.dispute.CaseNotes;
import arbiter.dispute.CaseTimeline;
import arbiter.dispute.Dispute;
import arbiter.dispute.SellerHistory;
import arbiter.evidence.CaseRecord;
import arbiter.evidence.EvidenceRequest;
import arbiter.identity.StaffDirectory;
import arbiter.ruling.RefundState;
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
        List<CaseNotes.Note> notes,
        List<CaseTimeline.Entry> timeline,
        Optional<Ruling> ruling,
        Optional<RefundState> refundState,
        List<StaffDirectory.Member> reassignTo) {

    /** Where the case's forms post to: {@code /disputes/{id}/{action}}. */
    public String action(String action) {
        return "/disputes/" + dispute.id + "/" + action;
    }
}
