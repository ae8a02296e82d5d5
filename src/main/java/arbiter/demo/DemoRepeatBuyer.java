package arbiter.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import arbiter.dispute.DisputeStatus;
import arbiter.intake.DisputeSubmission;
import arbiter.ruling.RulingOutcome;

/**
 * One demo buyer who keeps being refunded (issue 17, "The parties' record"). Every other demo buyer has a single
 * dispute, so no buyer's record beside a case would show anything, and none would be flagged for repeat refunds. The
 * buyer of the oldest case still escalated (the most overdue: the one "take next" hands out first) is also given the
 * {@value #REFUNDS} newest cases that the replay rules with a refund among those escalated in the last
 * {@value #REFUND_DAYS} days, the newest it rules against the buyer and the newest the platform withdraws, whatever
 * shops sold them. The cases are only given the buyer: they come in through the intake service and are ruled by the
 * replay like any other.
 */
final class DemoRepeatBuyer {

    /** Above the default threshold of the repeat-refund flag (3 in 30 days), so the flag holds however it is tuned a little. */
    static final int REFUNDS = 4;
    static final int REFUND_DAYS = 25;

    private DemoRepeatBuyer() {
    }

    /** The cases, in their order, with the repeat buyer's cases given that buyer; as they were when there is no open case. */
    static List<DemoCaseWriter.Written> give(List<DemoCaseWriter.Written> written, Instant now) {
        int open = IntStream.range(0, written.size()).filter(i -> written.get(i).status() == DisputeStatus.ESCALATED)
                .boxed().min(Comparator.comparing((Integer i) -> written.get(i).escalatedAt())).orElse(-1);
        if (open < 0) {
            return written;
        }
        Instant refundsSince = now.minus(Duration.ofDays(REFUND_DAYS));
        List<Integer> theirs = new ArrayList<>(newest(written, i -> written.get(i).ruled()
                && DemoReplay.outcomeOf(i) != RulingOutcome.REJECTED && written.get(i).escalatedAt().isAfter(refundsSince),
                REFUNDS));
        theirs.addAll(newest(written, i -> written.get(i).ruled() && DemoReplay.outcomeOf(i) == RulingOutcome.REJECTED,
                1));
        theirs.addAll(newest(written, i -> written.get(i).status() == DisputeStatus.WITHDRAWN, 1));
        DisputeSubmission.Buyer buyer = written.get(open).submission().buyer();
        List<DemoCaseWriter.Written> given = new ArrayList<>(written);
        for (int i : theirs) {
            DemoCaseWriter.Written w = written.get(i);
            given.set(i, new DemoCaseWriter.Written(withBuyer(w.submission(), buyer), w.photos(), w.status()));
        }
        return given;
    }

    /** The indexes of the newest {@code limit} cases that {@code test} accepts, newest first. */
    private static List<Integer> newest(List<DemoCaseWriter.Written> written, IntPredicate test, int limit) {
        return IntStream.range(0, written.size()).filter(test).boxed()
                .sorted(Comparator.comparing((Integer i) -> written.get(i).escalatedAt()).reversed())
                .limit(limit).toList();
    }

    private static DisputeSubmission withBuyer(DisputeSubmission s, DisputeSubmission.Buyer buyer) {
        return new DisputeSubmission(s.externalId(), s.order(), buyer, s.seller(), s.reason(), s.requestedRefund(),
                s.buyerStatement(), s.escalatedBy(), s.escalatedAt(), s.chat(), s.evidence());
    }
}
