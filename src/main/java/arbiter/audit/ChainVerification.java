package arbiter.audit;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * "Verify chain": reads the whole trail in order and recomputes it. An event is broken when its content no
 * longer gives its hash (a field was changed), or when it does not name the hash of the event before it (an
 * event was removed, inserted or re-hashed). The first broken event is where history stops being provable.
 */
@ApplicationScoped
public class ChainVerification {

    /** Events read per statement: the trail may hold millions, and only one batch is in memory at a time. */
    private static final int BATCH = 5_000;

    @Inject
    EntityManager em;

    /** What a verification found: how many events hold, and the first that does not, if any. */
    public record Result(long verified, Optional<Break> firstBreak) {

        public boolean intact() {
            return firstBreak.isEmpty();
        }
    }

    /** The first broken link: the event, and whether its content or its link to the previous one is wrong. */
    public record Break(long eventId, java.time.Instant at, Kind kind, String expected, String found) {

        /** The audit page's position that starts with this event. */
        public AuditFilter.Position around() {
            return AuditFilter.Position.of(at, eventId + 1);
        }
    }

    public enum Kind {
        /** The event's fields no longer give the hash stored with it. */
        CONTENT,
        /** The event does not name the hash of the event before it. */
        LINK
    }

    public Result verify() {
        String previous = AuditHash.GENESIS;
        long verified = 0;
        long after = 0;
        while (true) {
            // Only what the database holds now counts: nothing read earlier in this session, and one batch kept.
            em.clear();
            List<AuditEvent> batch = em.createQuery("from AuditEvent where id > ?1 order by id", AuditEvent.class)
                    .setParameter(1, after).setMaxResults(BATCH).getResultList();
            for (AuditEvent event : batch) {
                if (!event.prevHash.equals(previous)) {
                    return new Result(verified,
                            Optional.of(new Break(event.id, event.occurredAt, Kind.LINK, previous, event.prevHash)));
                }
                String recomputed = AuditHash.of(event);
                if (!recomputed.equals(event.hash)) {
                    return new Result(verified,
                            Optional.of(new Break(event.id, event.occurredAt, Kind.CONTENT, recomputed, event.hash)));
                }
                previous = event.hash;
                verified++;
            }
            if (batch.size() < BATCH) {
                return new Result(verified, Optional.empty());
            }
            after = batch.get(batch.size() - 1).id;
        }
    }
}
