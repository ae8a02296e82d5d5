package arbiter.seller;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import arbiter.dispute.Disputes;
import arbiter.dispute.Party;
import arbiter.evidence.CaseEvidence;
import arbiter.evidence.CaseRecord;
import arbiter.evidence.ChatLine;
import arbiter.evidence.EvidenceExchange;
import arbiter.evidence.EvidenceRequests;
import arbiter.evidence.ReusedPhotos;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/**
 * A shop's disputes as its seller sees them, never another shop's: what is asked of the shop, and by when, and what
 * it answers to (issue 15, "Both parties see what they answer"): the buyer–seller chat with its photos, and what the
 * buyer sent as evidence. Never the staff's notes, the timeline, or anything of the buyer outside the case. Reads the
 * disputes from {@link Disputes}, the requests from {@link EvidenceRequests} and the evidence from
 * {@link CaseEvidence} and {@link EvidenceExchange}, their owners.
 */
@ApplicationScoped
public class ShopDisputes {

    @Inject
    Disputes disputes;

    @Inject
    EvidenceRequests evidenceRequests;

    @Inject
    CaseEvidence evidence;

    @Inject
    EvidenceExchange exchange;

    /**
     * One dispute of the shop as its seller sees it.
     *
     * @param dispute the case's facts and the buyer's statement
     * @param requests the evidence requests made of the shop, the open one first
     * @param chat the buyer–seller chat the platform escalated, with the photos sent in it, in its order
     * @param buyerSent what the buyer sent as evidence (photos with captions, statements), oldest first
     * @param shopSent what the shop sent in its answers, oldest first
     */
    public record DisputeView(Disputes.Summary dispute, List<EvidenceExchange.Request> requests,
            List<CaseRecord.ChatView> chat, List<EvidenceExchange.Submission> buyerSent,
            List<EvidenceExchange.Submission> shopSent) {

        /** The chat as the page shows it, in the page's language; the seller is shown no reuse marks (staff signals). */
        @TemplateExtension
        static List<ChatLine> chatLines(DisputeView view, @TemplateAttribute("locale") Object locale,
                @TemplateAttribute("selectedVariant") Object variant) {
            return ChatLine.of(view.chat(), ReusedPhotos.CaseMarks.NONE, locale, variant);
        }

        /** The request the shop can still answer now, if any. */
        public Optional<EvidenceExchange.Request> open(Instant now) {
            return requests.stream().filter(r -> r.closedAt() == null && !now.isAfter(r.dueAt())).findFirst();
        }
    }

    /** The dispute of that id if it is against the shop; empty for another shop's, as for none. */
    public Optional<DisputeView> find(String shopId, long disputeId) {
        return disputes.summary(disputeId).filter(d -> d.shopId().equals(shopId)).map(d -> {
            EvidenceExchange.Exchange sent = exchange.of(disputeId);
            return new DisputeView(d, openFirst(sent.requests(), Party.SELLER),
                    evidence.record(disputeId).chat(), sent.of(Party.BUYER), sent.of(Party.SELLER));
        });
    }

    /** The requests made of {@code party}: the open ones first, then by when they closed, then the latest deadline first. */
    private static List<EvidenceExchange.Request> openFirst(List<EvidenceExchange.Request> requests, Party party) {
        return requests.stream().filter(r -> r.party() == party)
                .sorted(Comparator.comparing(EvidenceExchange.Request::closedAt,
                        Comparator.nullsFirst(Comparator.<Instant> naturalOrder()))
                        .thenComparing(EvidenceExchange.Request::dueAt, Comparator.reverseOrder()))
                .toList();
    }

    /** Whether the dispute of that id is against the shop (false for another shop's, as for none). */
    public boolean isShops(String shopId, long disputeId) {
        return disputes.summary(disputeId).filter(d -> d.shopId().equals(shopId)).isPresent();
    }

    /** For each dispute of the shop with an open request to the shop: its deadline. */
    public Map<Long, Instant> deadlines(String shopId) {
        return evidenceRequests.openDeadlines(shopId, Party.SELLER);
    }
}
