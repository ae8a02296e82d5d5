package arbiter.dispute;

import arbiter.evidence.CaseRecord;
import arbiter.evidence.EvidenceRequest;
import java.util.List;

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
        List<CaseTimeline.Entry> timeline) {

    /** Where the case's forms post to: {@code /disputes/{id}/{action}}. */
    public String action(String action) {
        return "/disputes/" + dispute.id + "/" + action;
    }
}
