package arbiter.dispute;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import arbiter.event.CaseEventType;
import arbiter.event.CaseEvents;
import arbiter.event.CaseEvents.CaseRef;
import arbiter.money.Money;
import arbiter.system.NotFound;
import arbiter.system.PlatformZone;

/** Opening disputes and finding them; the lifecycle's transitions come with the queue and rulings. */
@ApplicationScoped
public class Disputes {

    @Inject
    Clock clock;

    @Inject
    SlaRules sla;

    @Inject
    BusinessCalendar calendar;

    @Inject
    CaseEvents events;

    /** A dispute just opened, or found again by its platform id: what the platform's receipt and the mail need. */
    public record Opened(long id, String caseNo, DisputeStatus status, Instant slaDueAt, String contentHash) {

        static Opened of(Dispute d) {
            return new Opened(d.id, d.caseNo, d.status, d.slaDueAt, d.contentHash);
        }
    }

    /**
     * Opens an escalated dispute: due by the SLA (from {@code escalatedAt}), numbered {@code AR-<year>-<seq>} in the
     * platform's zone, waiting in the queue. The shop must exist ({@code shop.Shops.ensure}) in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opened open(NewDispute escalated) {
        Dispute dispute = new Dispute();
        dispute.externalId = escalated.externalId();
        dispute.contentHash = escalated.contentHash();
        dispute.shopId(escalated.shopId());
        dispute.orderNo = escalated.orderNo();
        dispute.itemTitle = escalated.itemTitle();
        dispute.amountPaidMinor = escalated.amountPaidFen();
        dispute.currency = escalated.currency();
        dispute.paidAt = escalated.paidAt();
        dispute.shippedAt = escalated.shippedAt();
        dispute.deliveredAt = escalated.deliveredAt();
        dispute.buyerId = escalated.buyerId();
        dispute.buyerNick = escalated.buyerNick();
        dispute.reason = escalated.reason();
        dispute.requestedRefundMinor = escalated.requestedRefundFen();
        dispute.buyerStatement = escalated.buyerStatement();
        dispute.escalatedBy = escalated.escalatedBy();
        dispute.escalatedAt = escalated.escalatedAt();
        return Opened.of(open(dispute));
    }

    /** Opens a dispute built by this feature (as {@link #open(NewDispute)} does). */
    Dispute open(Dispute dispute) {
        dispute.status = DisputeStatus.ESCALATED;
        BusinessCalendar.Due due = calendar.place(dispute.escalatedAt.plus(sla.resolution()));
        dispute.slaDueAt = due.at();
        dispute.slaDueMovedFrom = due.movedFrom();
        dispute.createdAt = clock.instant();
        long number = ((Number) Dispute.getEntityManager().createNativeQuery("select nextval('case_number_seq')")
                .getSingleResult()).longValue();
        dispute.caseNo = "AR-%d-%07d".formatted(dispute.escalatedAt.atZone(PlatformZone.ZONE).getYear(), number);
        dispute.persist();
        return dispute;
    }

    /** The dispute the platform escalated under {@code externalId}, if it has. */
    public Optional<Opened> byExternalId(String externalId) {
        return Dispute.<Dispute> find("externalId", externalId).firstResultOptional().map(Opened::of);
    }

    /**
     * Holds, until the transaction ends, every other escalation of {@code externalId} (a PostgreSQL advisory lock on
     * its hash): two identical requests racing each other open one dispute, the second then finding the first's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdEscalationsOf(String externalId) {
        Dispute.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, externalId).getSingleResult();
    }

    /**
     * A dispute as a party's pages and the platform's API show it: its case number and the platform's id for it
     * ({@code externalId}), the shop it is against, where it stands, why, the item and what was paid (fen), and the
     * buyer's statement.
     */
    public record Summary(long id, String caseNo, String externalId, String shopId, DisputeStatus status,
            DisputeReason reason, String itemTitle, Money amountPaid, String buyerStatement) {
    }

    /** The version of the dispute of that id, as a ruling form carries it; a missing dispute is {@link NotFound}. */
    public long version(long id) {
        return Dispute.<Dispute> findByIdOptional(id).map(d -> d.version).orElseThrow(() -> new NotFound("dispute " + id));
    }

    /** Whether any dispute has been escalated to Arbiter at all (the demo loads its history into an empty one). */
    public boolean any() {
        return Dispute.count() > 0;
    }

    /** What became of a withdrawal: the case is withdrawn now, or it had been already (nothing changed). */
    public enum Withdrawn {
        NOW,
        ALREADY
    }

    /**
     * A case the platform may no longer withdraw: it is ruled, or a ruling on it awaits approval (DESIGN
     * "Lifecycle"). {@code status} is where it stands.
     */
    public static class WithdrawalRefused extends RuntimeException {
        public final DisputeStatus status;

        WithdrawalRefused(DisputeStatus status) {
            super("A case that is " + status + " cannot be withdrawn");
            this.status = status;
        }
    }

    /**
     * The platform withdraws the case of that id (locked until the transaction ends): it becomes {@code WITHDRAWN}
     * with {@code reason}, {@code note} (may be empty) and {@code withdrawnAt} (UTC), and whoever held it no longer
     * does. A case already withdrawn changes nothing ({@link Withdrawn#ALREADY}).
     *
     * @return the holder before, empty when nobody held the case, with what became of it
     * @throws NotFound when there is no such case
     * @throws WithdrawalRefused when the case is ruled or its ruling awaits approval
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public WithdrawalOutcome withdraw(long id, WithdrawalReason reason, String note, Instant withdrawnAt) {
        Dispute dispute = Dispute.getEntityManager().find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null) {
            throw new NotFound("dispute " + id);
        }
        switch (dispute.status) {
            case WITHDRAWN:
                return new WithdrawalOutcome(Withdrawn.ALREADY, dispute.status, Optional.empty());
            case RULED, PENDING_APPROVAL:
                throw new WithdrawalRefused(dispute.status);
            default:
                break;
        }
        WithdrawalOutcome outcome = new WithdrawalOutcome(Withdrawn.NOW, dispute.status,
                Optional.ofNullable(dispute.assignee));
        dispute.status = DisputeStatus.WITHDRAWN;
        dispute.assignee = null;
        dispute.claimedAt = null;
        dispute.leaseExpiresAt = null;
        dispute.withdrawnAt = withdrawnAt;
        dispute.withdrawalReason = reason;
        dispute.withdrawalNote = note;
        dispute.slaPausedAt = null;
        dispute.slaStoppedAt = withdrawnAt;
        events.record(new CaseRef(id, dispute.externalId), CaseEventType.WITHDRAWN,
                CaseEvents.data("reason", reason, "withdrawnAt", withdrawnAt));
        return outcome;
    }

    /**
     * The case of that id as its events name it: the dispute id and the platform's {@code externalId}.
     *
     * @throws NotFound when there is no such case
     */
    public CaseRef caseRef(long id) {
        return Dispute.getEntityManager().createQuery("select d.externalId from Dispute d where d.id = ?1", String.class)
                .setParameter(1, id).getResultStream().findFirst().map(externalId -> new CaseRef(id, externalId))
                .orElseThrow(() -> new NotFound("dispute " + id));
    }

    /** What a withdrawal did: {@code before} is the status the case left, {@code holder} who held it then. */
    public record WithdrawalOutcome(Withdrawn withdrawn, DisputeStatus before, Optional<String> holder) {
    }

    /** The dispute of that id as a {@link Summary}, if there is one. */
    public Optional<Summary> summary(long id) {
        return Optional.ofNullable(Dispute.<Dispute> findById(id))
                .map(d -> new Summary(d.id, d.caseNo, d.externalId, d.shopId(),
                        d.status, d.reason, d.itemTitle, d.amountPaid(), d.buyerStatement));
    }

    /**
     * What a mail about a dispute says of it and of its parties: the case, the order and item, the buyer, and the
     * shop with its address and language (a tag such as "zh-CN").
     */
    public record Correspondence(long id, String caseNo, String orderNo, String itemTitle, String buyerId,
            String buyerNick, String shopName, String shopEmail, String shopLanguage) {
    }

    /** The dispute of that id as a {@link Correspondence}, in one query; empty when there is none. */
    public Optional<Correspondence> correspondence(long id) {
        return Dispute.getEntityManager().createQuery("""
                select new arbiter.dispute.Disputes$Correspondence(d.id, d.caseNo, d.orderNo, d.itemTitle, d.buyerId,
                    d.buyerNick, s.name, s.contactEmail, s.language)
                from Dispute d join d.shop s where d.id = ?1""", Correspondence.class).setParameter(1, id)
                .getResultStream().findFirst();
    }

    /**
     * Locks the dispute of that id until the transaction ends, so that changes to its parts (its evidence requests,
     * its claim) are made one at a time; false when there is no such dispute.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lock(long id) {
        return Dispute.getEntityManager().find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE) != null;
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

    /**
     * A case as its page and the ruling form show it: the order's snapshot, the buyer's statement and where the case
     * stands, with the name of the shop it is against.
     *
     * @param id the dispute's id
     * @param caseNo its case number ({@code AR-2026-0000042})
     * @param status where it stands
     * @param reason why the buyer disputes the order
     * @param escalatedBy the party who escalated it to the platform
     * @param escalatedAt when it was escalated (UTC instant)
     * @param slaDueAt when it is due to be ruled (UTC instant)
     * @param amountPaid what the buyer paid (fen in its currency)
     * @param requestedRefund the refund the buyer asks for (fen in the same currency)
     * @param assignee the username of the arbitrator holding it; null while nobody does
     * @param claimedAt when its holder claimed it (UTC instant); null while nobody holds it
     * @param leaseExpiresAt when its holder's lease runs out (UTC instant); null while nobody holds it
     * @param buyerStatement the buyer's statement, as the platform sent it
     * @param orderNo the platform's order number
     * @param itemTitle the item's title, as listed
     * @param buyerId the buyer's id on the platform
     * @param buyerNick the buyer's nickname on the platform
     * @param paidAt when the order was paid (UTC instant)
     * @param shippedAt when it was shipped (UTC instant); null when it was not
     * @param deliveredAt when it was delivered (UTC instant); null when it was not
     * @param shopId the id of the shop it is against
     * @param shopName that shop's name
     * @param version the dispute's version, which a decision on it must name (optimistic locking)
     * @param clock its SLA clock: running, paused, or how it ended (DESIGN "Dispute lifecycle")
     * @param noAnswerFrom the parties that let an evidence period pass without answering (the seller first)
     */
    public record CaseFile(long id, String caseNo, DisputeStatus status, DisputeReason reason, Party escalatedBy,
            Instant escalatedAt, Instant slaDueAt, Money amountPaid, Money requestedRefund, String assignee,
            Instant claimedAt, Instant leaseExpiresAt, String buyerStatement, String orderNo, String itemTitle,
            String buyerId, String buyerNick, Instant paidAt, Instant shippedAt, Instant deliveredAt, String shopId,
            String shopName,
            long version, WithdrawalReason withdrawalReason, String withdrawalNote, Instant withdrawnAt,
            SlaClock clock, java.util.List<Party> noAnswerFrom) {

        static CaseFile of(Dispute d, String shopId, String shopName) {
            return new CaseFile(d.id, d.caseNo, d.status, d.reason, d.escalatedBy, d.escalatedAt, d.slaDueAt,
                    d.amountPaid(), d.requestedRefund(), d.assignee, d.claimedAt, d.leaseExpiresAt, d.buyerStatement,
                    d.orderNo, d.itemTitle, d.buyerId, d.buyerNick, d.paidAt, d.shippedAt, d.deliveredAt, shopId, shopName,
                    d.version, d.withdrawalReason, d.withdrawalNote, d.withdrawnAt, d.clock(), d.noAnswerFrom());
        }
    }

    /** The dispute of that id as a {@link CaseFile}, with its shop's name, in one query; empty when there is none. */
    public Optional<CaseFile> caseFile(long id) {
        return Dispute.getEntityManager()
                .createQuery("select d, s.id, s.name from Dispute d join d.shop s where d.id = ?1", Object[].class)
                .setParameter(1, id).getResultStream().findFirst()
                .map(row -> CaseFile.of((Dispute) row[0], (String) row[1], (String) row[2]));
    }

    /**
     * A dispute as a ruling on it needs it: where it stands and who holds it, its version (a ruling form carries the
     * version it was filled in against), its shop, its clock (UTC instants), and the platform's id for it.
     */
    public record UnderDecision(long id, String caseNo, DisputeStatus status, String assignee, long version,
            String shopId, Instant escalatedAt, Instant slaDueAt, String externalId) {

        /** The case as its events name it. */
        public CaseRef caseRef() {
            return new CaseRef(id, externalId);
        }
    }

    /**
     * The dispute of that id, locked until the transaction ends, for a decision on it (a ruling, its approval or its
     * return); empty when there is none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UnderDecision> lockForDecision(long id) {
        return Optional.ofNullable(Dispute.getEntityManager().find(Dispute.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(d -> new UnderDecision(d.id, d.caseNo, d.status, d.assignee, d.version, d.shopId(),
                        d.escalatedAt, d.slaDueAt, d.externalId));
    }

    /**
     * The case of that id is decided, its ruling in effect with {@code outcome} (a full or partial refund, or
     * rejected): out of the queue and out of anyone's hands, its outcome kept with it for the parties' record (V22).
     * Its SLA clock ends now, unless it ended when the ruling went for approval (the arbitrator's ruling is what the
     * SLA measures).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ruled(long id, DisputeResult outcome) {
        if (!outcome.ruled()) {
            throw new IllegalArgumentException("not an outcome of a ruling: " + outcome);
        }
        Dispute dispute = Dispute.findById(id);
        dispute.outcome = outcome;
        if (dispute.slaStoppedAt == null) {
            dispute.slaStoppedAt = clock.instant();
        }
        dispute.status = DisputeStatus.RULED;
        dispute.assignee = null;
        dispute.claimedAt = null;
        dispute.leaseExpiresAt = null;
    }

    /**
     * The ruling on the case of that id waits for a supervisor; the arbitrator keeps the case until then. Its SLA
     * clock ends now, when the arbitrator ruled.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awaitingApproval(long id) {
        Dispute dispute = Dispute.findById(id);
        dispute.status = DisputeStatus.PENDING_APPROVAL;
        dispute.slaStoppedAt = clock.instant();
    }

    /** A ruling was sent back: the case is in review again with the arbitrator who made it, under a fresh lease. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void backInReview(long id, String arbitrator) {
        Dispute dispute = Dispute.findById(id);
        dispute.status = DisputeStatus.IN_REVIEW;
        // The clock never stopped for the supervisor's time: the case is due when it was.
        dispute.slaStoppedAt = null;
        dispute.assignee = arbitrator;
        dispute.claimedAt = clock.instant();
        dispute.leaseExpiresAt = clock.instant().plus(sla.lease());
    }

    /**
     * {@code party} let the evidence period of the case of that id pass without answering (DESIGN "a missed deadline
     * returns the case to review flagged 'no answer from …'"): the case is flagged until that party answers a later
     * request ({@link #answeredBy}). Part of the caller's transaction, which holds the case's lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void noAnswerFrom(long id, Party party) {
        flagNoAnswer(id, party, true);
    }

    /** {@code party} answered a request in the case of that id: its "no answer" flag, if any, clears. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answeredBy(long id, Party party) {
        flagNoAnswer(id, party, false);
    }

    private void flagNoAnswer(long id, Party party, boolean flag) {
        Dispute dispute = Dispute.findById(id);
        switch (party) {
            case SELLER -> dispute.noAnswerFromSeller = flag;
            case BUYER -> dispute.noAnswerFromBuyer = flag;
            default -> throw new IllegalArgumentException("only a buyer or a seller is asked for evidence: " + party);
        }
    }
}
