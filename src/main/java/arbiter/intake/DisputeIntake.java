package arbiter.intake;

import arbiter.dispute.Dispute;
import arbiter.dispute.Disputes;
import arbiter.evidence.CaseEvidence;
import arbiter.evidence.CaseEvidence.ChatEntry;
import arbiter.evidence.PhotoStore;
import arbiter.shop.Shops;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The one door through which disputes enter: a submission and its photos become a case with its chat
 * log and evidence, in one transaction. The same externalId with the same content is the same case.
 */
@ApplicationScoped
public class DisputeIntake {

    /** What became of a submission: the case, and whether this call created it. */
    public record Outcome(Dispute dispute, boolean created) {
    }

    /** The externalId is known with other content. */
    public static class ConflictingResubmission extends RuntimeException {
        public ConflictingResubmission(String externalId) {
            super("externalId " + externalId + " was submitted before with other content");
        }
    }

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Inject
    Shops shops;

    @Inject
    Disputes disputes;

    @Inject
    CaseEvidence evidence;

    @Transactional
    public Outcome escalate(DisputeSubmission submission, Map<String, byte[]> photos) {
        String contentHash = contentHash(submission, photos);
        Optional<Dispute> known = disputes.byExternalId(submission.externalId());
        if (known.isPresent()) {
            if (!known.get().contentHash.equals(contentHash)) {
                throw new ConflictingResubmission(submission.externalId());
            }
            return new Outcome(known.get(), false);
        }
        Dispute dispute = disputes.open(toDispute(submission, contentHash));
        evidence.recordChat(dispute, submission.chat().stream()
                .map(line -> new ChatEntry(line.at().toInstant(), line.from(), line.text(),
                        Optional.ofNullable(line.photos()).orElse(List.of()).stream().map(photos::get).toList()))
                .toList());
        for (DisputeSubmission.EvidenceLine line : Optional.ofNullable(submission.evidence()).orElse(List.of())) {
            evidence.recordPhoto(dispute, line.party(), photos.get(line.photo()), line.caption(),
                    submission.escalatedAt().toInstant());
        }
        return new Outcome(dispute, true);
    }

    private Dispute toDispute(DisputeSubmission s, String contentHash) {
        Dispute d = new Dispute();
        d.externalId = s.externalId();
        d.contentHash = contentHash;
        d.shop = shops.ensure(s.seller().shopId(), s.seller().shopName(), s.seller().email());
        d.orderNo = s.order().orderNo();
        d.itemTitle = s.order().itemTitle();
        d.amountPaidMinor = s.order().amountPaid();
        d.currency = s.order().currency();
        d.paidAt = s.order().paidAt().toInstant();
        d.shippedAt = s.order().shippedAt() == null ? null : s.order().shippedAt().toInstant();
        d.deliveredAt = s.order().deliveredAt() == null ? null : s.order().deliveredAt().toInstant();
        d.buyerId = s.buyer().id();
        d.buyerNick = s.buyer().nick();
        d.reason = s.reason();
        d.requestedRefundMinor = s.requestedRefund();
        d.buyerStatement = s.buyerStatement();
        d.escalatedBy = s.escalatedBy();
        d.escalatedAt = s.escalatedAt().toInstant();
        return d;
    }

    /** SHA-256 over the submission in canonical JSON and each photo part's own SHA-256, by part name. */
    static String contentHash(DisputeSubmission submission, Map<String, byte[]> photos) {
        Map<String, String> photoHashes = new TreeMap<>();
        photos.forEach((name, bytes) -> photoHashes.put(name, PhotoStore.sha256(bytes)));
        try {
            String canonical = CANONICAL.writeValueAsString(Map.of("dispute", submission, "photos", photoHashes));
            return PhotoStore.sha256(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
