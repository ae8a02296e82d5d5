package arbiter.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import arbiter.dispute.CaseClaims;
import arbiter.dispute.CaseNotes;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Disputes;
import arbiter.dispute.Party;
import arbiter.dispute.WithdrawalReason;
import arbiter.evidence.CaseEvidence;
import arbiter.evidence.CaseRecord;
import arbiter.evidence.EvidenceRequests;
import arbiter.identity.Role;
import arbiter.intake.DisputeIntake;
import arbiter.intake.Withdrawals;
import arbiter.money.Money;
import arbiter.penalty.Penalties;
import arbiter.penalty.PenaltyGrade;
import arbiter.penalty.PenaltyRules;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.Precedents;
import arbiter.ruling.RefundDelivery;
import arbiter.ruling.RefundRelay;
import arbiter.ruling.ReliedOn;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDecision;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingOutcome;
import arbiter.seller.AppealFiling;
import arbiter.seller.ShopNotices;
import arbiter.supervision.AppealDesk;
import arbiter.supervision.QaReview;
import arbiter.supervision.QaSampling;
import arbiter.system.PlatformZone;
import arbiter.system.PortalClock;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes the demo's history through the same services as real work, in the order it happened: each case is
 * received through the intake service at its escalation time, then claimed, noted, asked for evidence, answered,
 * ruled, approved and refunded by the demo's arbitrators, supervisor and sellers, each acting as themselves
 * ({@link DemoActors}) while the portal's clock stands at the time of the step ({@link PortalClock}). So the
 * timeline and the audit trail tell each case's history, every rule is checked on the way, and the hash chain
 * verifies. What each role finds on the first run:
 * <ul>
 * <li>arbitrators: cases in review and awaiting evidence under their name, with notes and open requests, and
 * the first case "take next" hands out from a buyer the parties' record flags for repeat refunds
 * ({@link DemoRepeatBuyer});</li>
 * <li>the supervisor: rulings waiting for approval, appeals waiting, a refund that failed, an open QA sample,
 * a few weeks of rulings in the statistics;</li>
 * <li>the sellers of {@code shop-1} and {@code shop-2}: penalty notices unread, read, appealed and waiting,
 * upheld and overturned, points this year with a measure in force for {@code shop-1}, and open evidence
 * requests with their deadlines.</li>
 * </ul>
 */
@ApplicationScoped
class DemoReplay {

    private static final Logger LOG = Logger.getLogger(DemoReplay.class);
    static final String[] ARBITRATORS = { "arbiter1", "arbiter2" };
    static final String SUPERVISOR = "super1";
    /** The demo sellers' shops (the realm's seller1 and seller2). */
    static final List<String> SELLER_SHOPS = List.of("shop-1", "shop-2");
    static final String SHOP_WITH_A_MEASURE = "shop-1";
    static final String QUIET_SHOP = "shop-2";

    @Inject
    PolicyClauses clauses;

    @Inject
    PenaltyRules penaltyRules;

    @Inject
    Precedents precedents;

    @Inject
    CaseEvidence caseEvidence;

    @Inject
    Disputes disputes;

    @Inject
    PortalClock clock;

    @Inject
    DemoActors actors;

    @Inject
    DisputeIntake intake;

    @Inject
    Withdrawals withdrawals;

    @Inject
    CaseClaims claims;

    @Inject
    CaseNotes notes;

    @Inject
    EvidenceRequests evidence;

    @Inject
    RulingDesk desk;

    @Inject
    RefundRelay relay;

    @Inject
    ShopNotices shopNotices;

    @Inject
    AppealDesk appeals;

    @Inject
    AppealFiling appealFiling;

    @Inject
    QaSampling qa;

    @Inject
    DemoPaymentReceiver payments;

    @Inject
    RefundDelivery refundDelivery;

    private record Step(Instant at, long order, Runnable action) {
    }

    private final PriorityQueue<Step> steps = new PriorityQueue<>(
            Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private long order;
    private Instant now;
    /** Penalty notices of each seller shop so far, in order: what the seller does with each follows from it. */
    private final Map<String, Integer> noticesOfShop = new HashMap<>();
    private boolean measureGiven;
    /** Points given to {@code shop-2} in this replay: it gets warnings and minor penalties but never a measure. */
    private int quietShopPoints;
    /** The serial of the case whose refund the payment system refuses until it fails, or -1. */
    private int refusedRefundCase;

    /**
     * Receives {@code cases} and writes their history, each step at its time, up to {@code now} (UTC); returns
     * the cases' dispute ids in the order of {@code cases} and the number of steps that failed. Runs outside any transaction;
     * each step is one or
     * more transactions of the services it calls.
     */
    synchronized Replayed replay(List<DemoCase> cases, Instant now) {
        this.now = now;
        steps.clear();
        noticesOfShop.clear();
        measureGiven = false;
        quietShopPoints = 0;
        long[] ids = new long[cases.size()];
        refusedRefundCase = refusedRefundCase(cases, now);
        for (int i = 0; i < cases.size(); i++) {
            plan(cases.get(i), i, ids);
        }
        at(now.minus(Duration.ofMinutes(95)), this::qaSample);
        int failures = 0;
        try {
            while (!steps.isEmpty()) {
                Step step = steps.poll();
                clock.replayAt(step.at());
                try {
                    step.action().run();
                } catch (RuntimeException e) {
                    // A step the services refused: the rest of the history goes on, and the count says so.
                    failures++;
                    LOG.errorf(e, "Demo history: a step at %s failed", step.at());
                }
            }
        } finally {
            clock.live();
            payments.declineNone();
        }
        List<Long> result = new ArrayList<>(ids.length);
        for (long id : ids) {
            result.add(id);
        }
        return new Replayed(result, failures);
    }

    /** The replayed cases' dispute ids, in the order given, and how many steps the services refused (0). */
    record Replayed(List<Long> disputeIds, int failures) {
    }

    private void at(Instant when, Runnable action) {
        Instant latest = now.minusSeconds(30);
        steps.add(new Step(when.isAfter(latest) ? latest : when, order++, action));
    }

    private void plan(DemoCase demo, int serial, long[] ids) {
        Instant escalated = demo.submission().escalatedAt().toInstant();
        Duration age = Duration.between(escalated, now);
        String arbitrator = ARBITRATORS[serial % ARBITRATORS.length];
        at(escalated, () -> ids[serial] = intake.escalate(demo.submission(), demo.photos()).receipt().id());
        switch (demo.status()) {
            case ESCALATED -> {
            }
            case IN_REVIEW -> {
                Instant claimAt = later(escalated.plus(Duration.ofMinutes(2)), now.minus(Duration.ofMinutes(5 + serial % 20)));
                at(claimAt, () -> claim(ids[serial], arbitrator));
                at(claimAt.plus(Duration.ofMinutes(2)), () -> note(ids[serial], arbitrator, serial));
            }
            case AWAITING_EVIDENCE -> {
                Instant requestAt = later(escalated.plus(Duration.ofMinutes(40)), now.minus(Duration.ofHours(60)));
                if (!requestAt.isBefore(now.minus(Duration.ofMinutes(5)))) {
                    requestAt = escalated.plus(age.dividedBy(2));
                }
                Instant claimAt = requestAt.minus(Duration.ofMinutes(12));
                Set<Party> parties = serial % 3 == 0 ? EnumSet.of(Party.SELLER, Party.BUYER) : EnumSet.of(Party.SELLER);
                at(claimAt, () -> claim(ids[serial], arbitrator));
                at(claimAt.plus(Duration.ofMinutes(4)), () -> note(ids[serial], arbitrator, serial));
                at(requestAt, () -> request(ids[serial], arbitrator, parties, serial));
            }
            case PENDING_APPROVAL -> {
                Instant claimAt = escalated.plus(age.multipliedBy(3).dividedBy(10));
                at(claimAt, () -> claim(ids[serial], arbitrator));
                at(claimAt.plus(Duration.ofMinutes(6)), () -> note(ids[serial], arbitrator, serial));
                at(claimAt.plus(Duration.ofMinutes(20)), () -> rule(ids[serial], arbitrator, RulingOutcome.FULL_REFUND,
                        demo, serial));
            }
            case RULED -> planRuled(demo, serial, ids, escalated, age, arbitrator);
            case WITHDRAWN -> at(escalated.plus(age.dividedBy(3)), () -> withdraw(ids[serial], serial));
        }
    }

    private void planRuled(DemoCase demo, int serial, long[] ids, Instant escalated, Duration age, String arbitrator) {
        // Claimed 2 to 18 hours after escalation (never later than a fifth of its age), and every seventh case
        // only after 80 hours, so that the statistics show times that differ and rulings past the SLA.
        Duration usual = serial % 7 == 0 ? Duration.ofHours(80) : Duration.ofHours(2 + serial % 17);
        Duration cap = serial % 7 == 0 ? age.multipliedBy(3).dividedBy(5) : age.dividedBy(5);
        Duration untilClaim = usual.compareTo(cap) > 0 ? cap : usual;
        Instant claimAt = escalated.plus(untilClaim).plus(Duration.ofMinutes(3));
        at(claimAt, () -> claim(ids[serial], arbitrator));
        at(claimAt.plus(Duration.ofMinutes(5)), () -> note(ids[serial], arbitrator, serial));
        Instant ruleAt = claimAt.plus(Duration.ofMinutes(20));
        Duration room = Duration.between(claimAt, now);
        if (serial % 3 == 0 && room.compareTo(Duration.ofHours(3)) > 0) {
            // Asked the seller first; the answer came within the evidence period, then the ruling.
            Instant requestAt = claimAt.plus(Duration.ofMinutes(10));
            Duration wait = room.dividedBy(3).compareTo(Duration.ofHours(30)) > 0 ? Duration.ofHours(30) : room.dividedBy(3);
            Instant answerAt = requestAt.plus(wait);
            at(requestAt, () -> request(ids[serial], arbitrator, EnumSet.of(Party.SELLER), serial));
            at(answerAt, () -> answer(ids[serial], demo, serial));
            ruleAt = answerAt.plus(Duration.ofMinutes(25));
        }
        RulingOutcome outcome = outcomeOf(serial);
        at(ruleAt, () -> rule(ids[serial], arbitrator, outcome, demo, serial));
    }

    /** How the replay rules the {@code serial}-th case, when it rules it (a pure function of the serial). */
    static RulingOutcome outcomeOf(int serial) {
        return RulingOutcome.values()[serial % RulingOutcome.values().length];
    }

    /**
     * The ruled case with a refund that was escalated last, at least a day ago (its refund's retries, about
     * twenty minutes, end before now): the payment system refuses its refund until it is FAILED, for the
     * supervisor to retry. -1 when the demo has no such case.
     */
    private static int refusedRefundCase(List<DemoCase> cases, Instant now) {
        int chosen = -1;
        Instant latest = Instant.MIN;
        for (int i = 0; i < cases.size(); i++) {
            Instant escalated = cases.get(i).submission().escalatedAt().toInstant();
            if (cases.get(i).status() == DisputeStatus.RULED && outcomeOf(i) != RulingOutcome.REJECTED
                    && escalated.isBefore(now.minus(Duration.ofDays(1))) && escalated.isAfter(latest)) {
                chosen = i;
                latest = escalated;
            }
        }
        return chosen;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    // The steps: each is done by the user whose work it is, through that work's service.

    private void claim(long id, String arbitrator) {
        actors.as(arbitrator, Role.ARBITRATOR, () -> claims.claim(id, arbitrator));
    }

    private void note(long id, String arbitrator, int serial) {
        actors.as(arbitrator, Role.ARBITRATOR,
                () -> notes.add(id, arbitrator, DemoWords.NOTES[serial % DemoWords.NOTES.length]));
    }

    private void request(long id, String arbitrator, Set<Party> parties, int serial) {
        actors.as(arbitrator, Role.ARBITRATOR, () -> evidence.request(id, parties,
                DemoWords.EVIDENCE_REQUESTS[serial % DemoWords.EVIDENCE_REQUESTS.length], arbitrator));
    }

    private void answer(long id, DemoCase demo, int serial) {
        actors.as(sellerOf(demo.submission().seller().shopId()), Role.SELLER, () -> evidence.submit(id, Party.SELLER,
                DemoWords.SELLER_ANSWERS[serial % DemoWords.SELLER_ANSWERS.length], List.of()));
    }

    /** The platform withdraws the case through its API's service, as it would: settled, or cancelled by the buyer. */
    private void withdraw(long id, int serial) {
        int which = serial % DemoWords.WITHDRAWAL_NOTES.length;
        WithdrawalReason reason = which == 2 ? WithdrawalReason.BUYER_CANCELLED : WithdrawalReason.SETTLED;
        withdrawals.withdraw(id, reason, DemoWords.WITHDRAWAL_NOTES[which], clock.instant());
    }

    private void rule(long id, String arbitrator, RulingOutcome outcome, DemoCase demo, int serial) {
        // What the platform sent is the case's own; only its version (for the ruling's optimistic check) is read.
        var submitted = demo.submission();
        String shopId = submitted.seller().shopId();
        long version = QuarkusTransaction.requiringNew().call(() -> disputes.version(id));
        long paid = submitted.order().amountPaid();
        long refund = switch (outcome) {
            case FULL_REFUND -> paid;
            case PARTIAL_REFUND -> Math.max(1, paid / 2);
            case REJECTED -> 0;
        };
        ResponsibleParty responsible = outcome == RulingOutcome.REJECTED ? ResponsibleParty.BUYER : ResponsibleParty.SELLER;
        Optional<PenaltyGrade> grade = responsible == ResponsibleParty.SELLER ? gradeFor(shopId, serial)
                : Optional.empty();
        DemoCitation.Citation cited = DemoCitation.choose(submitted.reason(), outcome, responsible, grade,
                clauses.activeSupport());
        // An arbitrator cites the closest precedent that went the same way, and says why when going against most.
        Precedents.Found found = QuarkusTransaction.requiringNew().call(() -> precedents.of(id));
        Optional<Long> precedent = found.closest().stream().filter(p -> p.outcome() == outcome)
                .map(Precedents.Precedent::rulingId).findFirst();
        Optional<String> departure = found.departsWith(outcome) ? Optional.of(DemoWords.departure(outcome))
                : Optional.empty();
        RulingDecision decision = new RulingDecision(outcome, Money.of(refund, submitted.order().currency()), responsible,
                cited.grade(), cited.clause(), DemoWords.rationale(outcome, serial), version, reliedOn(id),
                Optional.empty(), precedent, departure);
        if (shopId.equals(QUIET_SHOP)) {
            quietShopPoints += cited.grade().map(penaltyRules.ladder()::pointsOf).orElse(0);
        }
        RulingDesk.Made made = actors.as(arbitrator, Role.ARBITRATOR, () -> desk.rule(id, arbitrator, decision));
        if (demo.status() == DisputeStatus.PENDING_APPROVAL) {
            return; // waits for the supervisor on the first run
        }
        if (!made.effective()) {
            Instant approveAt = clock.instant().plus(Duration.ofHours(3));
            long rulingId = made.rulingId();
            at(approveAt, () -> {
                RulingDesk.Made approved = actors.as(SUPERVISOR, Role.SUPERVISOR, () -> desk.approve(rulingId, SUPERVISOR));
                afterEffect(approved, shopId, serial == refusedRefundCase);
            });
            return;
        }
        afterEffect(made, shopId, serial == refusedRefundCase);
    }

    /** A ruling in effect: its refund goes to the payment system, its penalty notice to the seller. */
    private void afterEffect(RulingDesk.Made made, String shopId, boolean refused) {
        if (made.refunds()) {
            Instant ruled = clock.instant();
            if (refused) {
                // The payment system refuses this one refund until it is past retrying: the supervisor's to retry.
                payments.decline(
                        QuarkusTransaction.requiringNew().call(() -> relay.instructionOf(made.rulingId())).orElseThrow());
                Duration wait = refundDelivery.initialBackoff();
                Instant attempt = ruled.plusSeconds(20);
                for (int i = 0; i < refundDelivery.maxAttempts(); i++) {
                    at(attempt, relay::deliverDue);
                    attempt = attempt.plus(wait).plus(refundDelivery.lease());
                    wait = wait.multipliedBy(2).compareTo(refundDelivery.maxBackoff()) > 0 ? refundDelivery.maxBackoff()
                            : wait.multipliedBy(2);
                }
            } else {
                at(ruled.plusSeconds(20), relay::deliverDue);
            }
        }
        made.penalty().ifPresent(imposed -> {
            if (SELLER_SHOPS.contains(shopId)) {
                sellerReads(shopId, imposed);
            }
        });
    }

    /**
     * What a seller does with their k-th notice: leaves it unread, reads it, or reads it and appeals, and the
     * supervisor upholds or overturns the appeal, or it still waits.
     */
    private void sellerReads(String shopId, Penalties.Imposed imposed) {
        int k = noticesOfShop.merge(shopId, 1, Integer::sum) - 1;
        Instant noticed = clock.instant();
        long noticeId = imposed.notice().id();
        long penaltyId = imposed.penalty().id();
        boolean startedAMeasure = imposed.impact().measure().isPresent();
        String seller = sellerOf(shopId);
        if (k % 5 == 0 && !startedAMeasure) {
            return; // unread
        }
        at(noticed.plus(Duration.ofHours(3)), () -> actors.as(seller, Role.SELLER, () -> shopNotices.read(shopId, noticeId)));
        if (k % 5 == 1 || startedAMeasure) {
            return; // read, not appealed
        }
        Instant appealAt = k % 5 == 4 ? later(noticed.plus(Duration.ofHours(5)), now.minus(Duration.ofHours(2)))
                : noticed.plus(Duration.ofDays(1));
        if (Duration.between(noticed, appealAt).compareTo(Duration.ofDays(14)) > 0) {
            appealAt = noticed.plus(Duration.ofDays(2));
        }
        Instant filed = appealAt;
        at(filed, () -> {
            long appealId = actors.as(seller, Role.SELLER, () -> appealFiling.file(shopId, penaltyId,
                    DemoWords.APPEALS[k % DemoWords.APPEALS.length], List.of())).id();
            Instant decideAt = filed.plus(Duration.ofHours(20));
            if (k % 5 == 4 || decideAt.isAfter(now.minus(Duration.ofMinutes(30)))) {
                return; // waits for the supervisor
            }
            boolean overturn = k % 5 == 3;
            at(decideAt, () -> actors.as(SUPERVISOR, Role.SUPERVISOR, () -> appeals.decide(appealId, overturn, SUPERVISOR,
                    overturn ? DemoWords.OVERTURNS[k % DemoWords.OVERTURNS.length]
                            : DemoWords.UPHOLDS[k % DemoWords.UPHOLDS.length])));
        });
    }

    /**
     * The grade for a seller at fault: {@code shop-1} takes one serious penalty in the last six days (its points
     * pass the first measure's threshold, so a restriction is in force on the first run), minor ones before;
     * {@code shop-2} warnings and minor penalties; other shops a mix, some without a penalty.
     */
    /**
     * What an arbitrator marks as relied on in a demo ruling, so that every role sees the marks on a first run: the
     * buyer's first chat message with words and the case's first photo (issue 16).
     */
    private ReliedOn reliedOn(long id) {
        CaseRecord record = QuarkusTransaction.requiringNew().call(() -> caseEvidence.record(id));
        List<Long> messages = record.chat().stream()
                .filter(m -> m.sender() == Party.BUYER && m.body() != null && !m.body().isBlank())
                .map(CaseRecord.ChatView::id).limit(1).toList();
        List<String> photos = record.photosByParty().values().stream().flatMap(List::stream)
                .map(CaseRecord.PhotoRef::sha256).limit(1).toList();
        return new ReliedOn(messages, photos);
    }

    private Optional<PenaltyGrade> gradeFor(String shopId, int serial) {
        if (shopId.equals(SHOP_WITH_A_MEASURE)) {
            if (!measureGiven && clock.instant().isAfter(now.minus(Duration.ofDays(6)))) {
                measureGiven = true;
                return Optional.of(PenaltyGrade.SERIOUS);
            }
            return Optional.of(PenaltyGrade.MINOR);
        }
        if (shopId.equals(QUIET_SHOP)) {
            // However many cases the demo's weeks hold, a minor penalty is given only while it stays below the
            // ladder's first measure (seller2 is the seller without one).
            boolean minorStaysBelowAMeasure = penaltyRules.ladder().impact(quietShopPoints, PenaltyGrade.MINOR)
                    .measure().isEmpty();
            return Optional.of(serial % 2 == 1 && minorStaysBelowAMeasure ? PenaltyGrade.MINOR : PenaltyGrade.WARNING);
        }
        return switch (serial % 4) {
            case 0 -> Optional.of(PenaltyGrade.WARNING);
            case 1 -> Optional.of(PenaltyGrade.MINOR);
            case 2 -> Optional.of(PenaltyGrade.GENERAL);
            default -> Optional.empty();
        };
    }

    /** The supervisor's quality check of the last two weeks' rulings: drawn, two reviewed, the rest open. */
    private void qaSample() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformZone.ZONE);
        actors.as(SUPERVISOR, Role.SUPERVISOR, () -> {
            long sample = qa.draw(SUPERVISOR, today.minusDays(14), today, null, 6);
            List<QaSampling.Item> items = qa.items(sample, SUPERVISOR);
            for (int i = 0; i < Math.min(2, items.size()); i++) {
                QaReview.Verdict verdict = i == 0 ? QaReview.Verdict.AGREE : QaReview.Verdict.DISAGREE;
                qa.review(items.get(i).reviewId(), SUPERVISOR, verdict, DemoWords.QA_COMMENTS[i]);
            }
        });
    }

    /** The seller's user name of a demo shop: {@code shop-1} is the realm's {@code seller1}, and so on. */
    static String sellerOf(String shopId) {
        return "seller" + shopId.substring(shopId.indexOf('-') + 1);
    }
}
