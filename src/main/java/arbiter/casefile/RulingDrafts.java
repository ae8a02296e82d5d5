package arbiter.casefile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import arbiter.ruling.RulingForm;

/**
 * What the holder of a case has written in its ruling form and not yet submitted (V19 {@code ruling_drafts}): one per
 * case and arbitrator, the fields as typed. It lets the preview and a template's insertion follow post/redirect/get
 * without JavaScript, and keeps what was typed when a ruling is refused or the page is left. Deleted once the ruling
 * is made.
 */
@ApplicationScoped
public class RulingDrafts {

    /** The form's fields as they are kept: {@link RulingForm}'s, but the case version, which each page sets anew. */
    record Draft(String outcome, String refund, String responsible, String grade, String clause, String rationale,
            List<String> reliedMessages, List<String> reliedPhotos, String template) {

        static Draft of(RulingForm form) {
            return new Draft(form.outcome, form.refund, form.responsible, form.grade, form.clause, form.rationale,
                    form.reliedMessages, form.reliedPhotos, form.template);
        }

        RulingForm form() {
            RulingForm form = new RulingForm();
            form.outcome = outcome;
            form.refund = refund;
            form.responsible = responsible;
            form.grade = grade;
            form.clause = clause;
            form.rationale = rationale;
            form.reliedMessages = reliedMessages;
            form.reliedPhotos = reliedPhotos;
            form.template = template;
            return form;
        }
    }

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** Keeps the form as typed, replacing the arbitrator's earlier draft of the case. */
    @Transactional
    public void save(long disputeId, String arbitrator, RulingForm form) {
        em.createNativeQuery("""
                INSERT INTO ruling_drafts (dispute_id, arbitrator, form, saved_at) VALUES (?1, ?2, cast(?3 as jsonb), ?4)
                ON CONFLICT (dispute_id, arbitrator) DO UPDATE SET form = excluded.form, saved_at = excluded.saved_at""")
                .setParameter(1, disputeId).setParameter(2, arbitrator).setParameter(3, write(Draft.of(form)))
                .setParameter(4, clock.instant()).executeUpdate();
    }

    /** The arbitrator's draft of the case as a form (without a case version); empty when there is none. */
    @Transactional
    public Optional<RulingForm> find(long disputeId, String arbitrator) {
        List<?> rows = em.createNativeQuery("SELECT form::text FROM ruling_drafts WHERE dispute_id = ?1 AND arbitrator = ?2")
                .setParameter(1, disputeId).setParameter(2, arbitrator).getResultList();
        return rows.stream().findFirst().map(row -> read((String) row).form());
    }

    /** Forgets the arbitrator's draft of the case (the ruling was made). */
    @Transactional
    public void delete(long disputeId, String arbitrator) {
        em.createNativeQuery("DELETE FROM ruling_drafts WHERE dispute_id = ?1 AND arbitrator = ?2")
                .setParameter(1, disputeId).setParameter(2, arbitrator).executeUpdate();
    }

    private String write(Draft draft) {
        try {
            return json.writeValueAsString(draft);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Draft read(String stored) {
        try {
            return json.readValue(stored, Draft.class);
        } catch (JsonProcessingException unreadable) {
            // A draft written by another version of the form: start again rather than fail the case page.
            return Draft.of(new RulingForm());
        }
    }
}
