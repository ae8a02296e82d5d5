package arbiter.demo;

import arbiter.dispute.Dispute;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Party;
import arbiter.evidence.EvidenceItem;
import arbiter.evidence.EvidenceRequest;
import arbiter.ruling.RefundInstruction;
import arbiter.ruling.RefundState;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.Ruling;
import arbiter.ruling.RulingOutcome;
import arbiter.ruling.RulingState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Brings a freshly escalated demo case to the status the demo wants, as if arbitrators had worked it.
 * Demo seeding only: it writes the end state directly. The real transitions (claiming, evidence
 * requests, rulings) are the queue's and the rulings' services, which check every rule on the way.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class DemoHistory {

    private static final String[] ARBITRATORS = {"arbiter1", "arbiter2"};

    void bringTo(Dispute dispute, DisputeStatus status, int serial, Instant now) {
        String arbitrator = ARBITRATORS[serial % ARBITRATORS.length];
        switch (status) {
            case ESCALATED -> {
            }
            case IN_REVIEW -> claim(dispute, arbitrator, now);
            case AWAITING_EVIDENCE -> {
                claim(dispute, arbitrator, now);
                requestEvidence(dispute, arbitrator, now);
            }
            case PENDING_APPROVAL -> {
                claim(dispute, arbitrator, now);
                rule(dispute, arbitrator, RulingOutcome.FULL_REFUND, RulingState.PENDING_APPROVAL, now);
            }
            case RULED -> rule(dispute, arbitrator, outcomeFor(serial), RulingState.EFFECTIVE, now);
            case WITHDRAWN -> dispute.status = DisputeStatus.WITHDRAWN;
        }
    }

    private static void claim(Dispute dispute, String arbitrator, Instant now) {
        dispute.status = DisputeStatus.IN_REVIEW;
        dispute.assignee = arbitrator;
        dispute.claimedAt = now.minus(Duration.ofMinutes(10));
        dispute.leaseExpiresAt = now.plus(Duration.ofMinutes(20));
    }

    private static void requestEvidence(Dispute dispute, String arbitrator, Instant now) {
        EvidenceRequest request = new EvidenceRequest();
        request.dispute = dispute;
        request.party = Party.SELLER;
        request.requestedBy = arbitrator;
        request.requestedAt = now.minus(Duration.ofHours(5));
        request.dueAt = request.requestedAt.plus(Duration.ofHours(72));
        request.note = "请提供发货前的商品实拍图及快递底单，以便核实商品状态。";
        request.persist();
        dispute.status = DisputeStatus.AWAITING_EVIDENCE;
    }

    private static RulingOutcome outcomeFor(int serial) {
        return RulingOutcome.values()[serial % RulingOutcome.values().length];
    }

    private static void rule(Dispute dispute, String arbitrator, RulingOutcome outcome, RulingState state,
            Instant now) {
        Ruling ruling = new Ruling();
        ruling.dispute = dispute;
        ruling.outcome = outcome;
        ruling.currency = dispute.currency;
        ruling.refundMinor = switch (outcome) {
            case FULL_REFUND -> dispute.amountPaidMinor;
            case PARTIAL_REFUND -> Math.max(1, dispute.amountPaidMinor / 2);
            case REJECTED -> 0;
        };
        ruling.responsibleParty = outcome == RulingOutcome.REJECTED ? ResponsibleParty.BUYER : ResponsibleParty.SELLER;
        ruling.clauseCode = outcome == RulingOutcome.REJECTED ? "BUY-1" : clauseFor(dispute.reason);
        ruling.clauseVersion = 1;
        ruling.rationale = switch (outcome) {
            case FULL_REFUND -> "买家提供的实物照片与聊天记录相互印证，商品与约定不符，卖家未能举证反驳，支持全额退款。";
            case PARTIAL_REFUND -> "商品存在瑕疵但不影响主要使用，结合双方协商记录，支持部分退款作为补偿。";
            case REJECTED -> "买家提交的证据不足以证明问题由卖家造成，卖家已提供发货前检验记录，驳回退款申请。";
        };
        ruling.arbitrator = arbitrator;
        // Ruled 6 to 42 hours after escalation (so the statistics have times to show), never in the future.
        Instant ruled = dispute.escalatedAt.plus(Duration.ofHours(6 + (dispute.id % 5) * 9));
        ruling.ruledAt = ruled.isAfter(now.minus(Duration.ofHours(1))) ? now.minus(Duration.ofHours(1)) : ruled;
        ruling.secondsToRuling = Duration.between(dispute.escalatedAt, ruling.ruledAt).toSeconds();
        ruling.slaMet = !ruling.ruledAt.isAfter(dispute.slaDueAt);
        ruling.evidenceHashes = EvidenceItem.<EvidenceItem>list("dispute", dispute).stream()
                .map(item -> item.photo.sha256).distinct().sorted().toArray(String[]::new);
        ruling.state = state;
        ruling.persist();
        dispute.status = state == RulingState.EFFECTIVE ? DisputeStatus.RULED : DisputeStatus.PENDING_APPROVAL;
        if (state == RulingState.EFFECTIVE) {
            dispute.assignee = null;
            dispute.claimedAt = null;
            dispute.leaseExpiresAt = null;
            if (ruling.refundMinor > 0) {
                confirmedRefund(ruling, now);
            }
        }
    }

    private static void confirmedRefund(Ruling ruling, Instant now) {
        RefundInstruction refund = new RefundInstruction();
        refund.id = UUID.nameUUIDFromBytes(("demo-refund-" + ruling.dispute.externalId).getBytes());
        refund.rulingId = ruling.id;
        refund.disputeId = ruling.dispute.id;
        refund.amountMinor = ruling.refundMinor;
        refund.currency = ruling.currency;
        refund.state = RefundState.CONFIRMED;
        refund.attempts = 1;
        refund.createdAt = ruling.ruledAt;
        refund.sentAt = ruling.ruledAt.plusSeconds(2);
        refund.confirmedAt = ruling.ruledAt.plusSeconds(3);
        refund.persist();
    }

    private static String clauseFor(DisputeReason reason) {
        return switch (reason) {
            case NOT_AS_DESCRIBED -> "DESC-1";
            case QUALITY -> "QUAL-1";
            case NOT_RECEIVED -> "DELIV-1";
            case DAMAGED -> "DMG-1";
            case COUNTERFEIT -> "FAKE-1";
            case MISSING_PARTS -> "PART-1";
            case RETURN_REFUSED -> "RET-1";
        };
    }
}
