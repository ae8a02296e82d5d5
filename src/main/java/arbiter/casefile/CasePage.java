package arbiter.casefile;

import java.util.List;
import java.util.Optional;

import arbiter.dispute.CaseNotes;
import arbiter.dispute.CaseTimeline;
import arbiter.dispute.Disputes;
import arbiter.dispute.PartyRecords;
import arbiter.evidence.CaseRecord;
import arbiter.evidence.ChatLine;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.ReusedPhotos;
import arbiter.identity.StaffDirectory;
import arbiter.ruling.RefundState;
import arbiter.ruling.RulingOutcome;
import arbiter.ruling.Rulings;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** Everything the case page shows, read in a fixed number of statements whatever the case holds. */
public record CasePage(
        Disputes.CaseFile dispute,
        CaseRecord record,
        boolean heldByViewer,
        boolean claimable,
        boolean mayRequestEvidence,
        boolean mayUnlock,
        boolean mayReassign,
        List<EvidenceRequests.Waiting> openRequests,
        PartyRecords.Parties parties,
        List<CaseNotes.Note> notes,
        List<CaseTimeline.Entry> timeline,
        Optional<Rulings.CaseRuling> ruling,
        Optional<RefundState> refundState,
        List<StaffDirectory.Member> reassignTo,
        Optional<RulingPanel> rulingPanel,
        ReusedPhotos.CaseMarks reusedPhotos) {

    /** A ruling outcome as the reuse marks carry it (its name; null before a ruling), for its label. */
    public RulingOutcome outcome(String name) {
        return RulingOutcome.valueOf(name);
    }

    /** The case's chat as the page shows it, in the page's language, with the reuse marks of its photos. */
    @TemplateExtension
    static List<ChatLine> chatLines(CasePage page, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return ChatLine.of(page.record().chat(), page.reusedPhotos(), locale, variant);
    }

    /** Where the case's forms post to: {@code /disputes/{id}/{action}}. */
    public String action(String action) {
        return "/disputes/" + dispute.id() + "/" + action;
    }
}
