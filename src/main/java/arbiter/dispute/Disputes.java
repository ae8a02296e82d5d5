package arbiter.dispute;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import arbiter.money.Money;
import arbiter.system.PlatformZone;

/** Opening disputes and finding them; the lifecycle's transitions come with the queue and rulings. */
@ApplicationScoped
public class Disputes {

    @Inject
    Clock clock;

    @Inject
    SlaRules sla;

    /** Opens an escalated dispute: due by the SLA, numbered, waiting in the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dispute open(Dispute dispute) {
        dispute.status = DisputeStatus.ESCALATED;
        dispute.slaDueAt = dispute.escalatedAt.plus(sla.resolution());
        dispute.createdAt = clock.instant();
        long number = ((Number) Dispute.getEntityManager().createNativeQuery("select nextval('case_number_seq')")
                .getSingleResult()).longValue();
        dispute.caseNo = "AR-%d-%07d".formatted(dispute.escalatedAt.atZone(PlatformZone.ZONE).getYear(), number);
        dispute.persist();
        return dispute;
    }

    public Optional<Dispute> byExternalId(String externalId) {
        return Dispute.find("externalId", externalId).firstResultOptional();
    }

    /**
     * A dispute as a party's pages and the platform's API show it: its case number and the platform's id for it
     * ({@code externalId}), the shop it is against, where it stands, why, the item and what was paid (fen), and the
     * buyer's statement.
     */
    public record Summary(long id, String caseNo, String externalId, String shopId, DisputeStatus status,
            DisputeReason reason, String itemTitle, Money amountPaid, String buyerStatement) {
    }

    /** The dispute of that id as a {@link Summary}, if there is one. */
    public Optional<Summary> summary(long id) {
        return Optional.ofNullable(Dispute.<Dispute> findById(id))
                .map(d -> new Summary(d.id, d.caseNo, d.externalId, d.shopId(),
                        d.status, d.reason, d.itemTitle, d.amountPaid(), d.buyerStatement));
    }

    /**
     * The case numbers ({@code AR-2026-0000042}) of these disputes by id, in one statement (none for no ids); an id
     * without a dispute has no entry.
     */
    public Map<Long, String> caseNumbers(Collection<Long> ids) {
        Map<Long, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            Dispute.getEntityManager().createQuery("select d.id, d.caseNo from Dispute d where d.id in ?1", Object[].class)
                    .setParameter(1, ids).getResultList().forEach(r -> numbers.put((Long) r[0], (String) r[1]));
        }
        return numbers;
    }

    /** The dispute with its shop, in one query. */
    public Optional<Dispute> withShop(long id) {
        return Dispute.find("from Dispute d join fetch d.shop where d.id = ?1", id).firstResultOptional();
    }

    /** The dispute, locked until the transaction ends, for a decision on it; null when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Dispute lockForDecision(long id) {
        return Dispute.getEntityManager().find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The case is decided: out of the queue and out of anyone's hands. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ruled(Dispute dispute) {
        dispute.status = DisputeStatus.RULED;
        dispute.assignee = null;
        dispute.claimedAt = null;
        dispute.leaseExpiresAt = null;
    }

    /** The ruling waits for a supervisor; the arbitrator keeps the case until then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingApproval(Dispute dispute) {
        dispute.status = DisputeStatus.PENDING_APPROVAL;
    }

    /** A ruling was sent back: the case is in review again with the arbitrator who made it, under a fresh lease. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void backInReview(Dispute dispute, String arbitrator) {
        dispute.status = DisputeStatus.IN_REVIEW;
        dispute.assignee = arbitrator;
        dispute.claimedAt = clock.instant();
        dispute.leaseExpiresAt = clock.instant().plus(sla.lease());
    }
}
