package arbiter.dispute;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import arbiter.audit.AuditTrail.Target;
import io.quarkus.qute.TemplateData;

/** Staff-only notes on a case: any arbitrator or supervisor may add one; sellers never see them. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@ApplicationScoped
public class CaseNotes {

    /** A note is a remark, not a document. */
    public static final int MAX_LENGTH = 4000;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    /** Adds a note; false when the case does not exist. The caller has checked the text (see {@link #check}). */
    @Transactional
    public boolean add(long disputeId, String author, String body) {
        Dispute dispute = Dispute.findById(disputeId);
        if (dispute == null) {
            return false;
        }
        CaseNote note = new CaseNote();
        note.dispute = dispute;
        note.author = author;
        note.body = body.strip();
        note.createdAt = clock.instant();
        note.persist();
        audit.record(AuditAction.NOTE_ADDED, Target.dispute(disputeId), null, Map.of("note", note.body));
        return true;
    }

    /** The message key of what is wrong with a note's text, or null when it may be added. */
    public static String check(String body) {
        if (body == null || body.isBlank()) {
            return "flash_note_required";
        }
        return body.strip().length() > MAX_LENGTH ? "flash_note_too_long" : null;
    }

    /** A staff note on a case: who wrote it, when (UTC), and its text. */
    public record Note(String author, Instant createdAt, String body) {
    }

    /** A case's notes, oldest first. */
    public List<Note> of(long disputeId) {
        return CaseNote.<CaseNote> list("dispute.id = ?1 order by createdAt, id", disputeId).stream()
                .map(n -> new Note(n.author, n.createdAt, n.body)).toList();
    }
}
