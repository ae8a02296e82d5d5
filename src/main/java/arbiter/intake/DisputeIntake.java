package arbiter.intake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import arbiter.dispute.Disputes;
import arbiter.evidence.CaseEvidence;
import arbiter.evidence.CaseEvidence.ChatEntry;
import arbiter.evidence.PhotoPipeline;
import arbiter.evidence.PhotoPipeline.ProcessedPhoto;
import arbiter.evidence.PhotoRejected;
import arbiter.evidence.PhotoStore;
import arbiter.shop.Shops;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The one door through which disputes enter: a submission and its photos become a case with its chat log
 * and evidence, in one transaction, or nothing at all. The same externalId with the same content is the
 * same case; with other content it is a conflict. Photos are checked and rendered before the transaction.
 */
@ApplicationScoped
public class DisputeIntake {

    /** What became of a submission: the receipt of its case, and whether this call created the case. */
    public record Outcome(DisputeReceipt receipt, boolean created) {
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
    SubmissionValidation validation;

    @Inject
    PhotoPipeline pipeline;

    @Inject
    Shops shops;

    @Inject
    Disputes disputes;

    @Inject
    CaseEvidence evidence;

    @Inject
    Event<EscalationMail.Due> escalationMailDue;

    @Inject
    AuditTrail audit;

    /** The platform's request: the JSON part as sent, and the photo parts by name. */
    public Outcome submit(String json, Map<String, byte[]> photos) {
        return escalate(SubmissionReader.read(json), photos);
    }

    public Outcome escalate(DisputeSubmission submission, Map<String, byte[]> photos) {
        validation.check(submission, photos.keySet());
        String contentHash = contentHash(submission, photos);
        Optional<Outcome> known = QuarkusTransaction.requiringNew().call(() -> known(submission, contentHash));
        if (known.isPresent()) {
            return known.get();
        }
        Map<String, ProcessedPhoto> processed = process(photos);
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            // Two identical requests racing each other: the second waits here, then finds the first's case.
            disputes.holdEscalationsOf(submission.externalId());
            return known(submission, contentHash).orElseGet(() -> create(submission, contentHash, processed));
        });
        return outcome;
    }

    private Optional<Outcome> known(DisputeSubmission submission, String contentHash) {
        return disputes.byExternalId(submission.externalId()).map(existing -> {
            if (!existing.contentHash().equals(contentHash)) {
                throw new ConflictingResubmission(submission.externalId());
            }
            return new Outcome(receipt(existing), false);
        });
    }

    private Map<String, ProcessedPhoto> process(Map<String, byte[]> photos) {
        Map<String, ProcessedPhoto> processed = new LinkedHashMap<>();
        photos.forEach((part, bytes) -> {
            try {
                processed.put(part, pipeline.process(bytes));
            } catch (PhotoRejected e) {
                throw new PhotoPartRejected(part, e);
            }
        });
        return processed;
    }

    private Outcome create(DisputeSubmission s, String contentHash, Map<String, ProcessedPhoto> photos) {
        shops.ensure(s.seller().shopId(), s.seller().shopName(), s.seller().email());
        Disputes.Opened dispute = disputes.open(SubmissionMapping.toNewDispute(s, contentHash));
        evidence.recordChat(dispute.id(), s.chat().stream()
                .map(line -> new ChatEntry(line.at().toInstant(), line.from(), line.text(),
                        line.photoNames().stream().map(photos::get).toList()))
                .toList());
        for (DisputeSubmission.EvidenceLine line : s.evidence()) {
            evidence.recordPhoto(dispute.id(), line.party(), photos.get(line.photo()), line.caption(),
                    s.escalatedAt().toInstant());
        }
        audit.record(AuditAction.ESCALATED, Target.dispute(dispute.id()), null, Map.of(
                "status", dispute.status().name(), "externalId", s.externalId(),
                "escalatedBy", s.escalatedBy().name()));
        escalationMailDue.fire(EscalationMail.due(disputes.correspondence(dispute.id()).orElseThrow(), s,
                dispute.slaDueAt()));
        return new Outcome(receipt(dispute), true);
    }

    private static DisputeReceipt receipt(Disputes.Opened dispute) {
        return new DisputeReceipt(dispute.id(), dispute.caseNo(), dispute.status());
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
