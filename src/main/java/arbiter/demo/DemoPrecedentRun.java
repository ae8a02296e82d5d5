package arbiter.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import arbiter.demo.DemoCatalog.Item;
import arbiter.demo.DemoCatalog.Shop;
import arbiter.dispute.DisputeReason;
import arbiter.ruling.AmountBand;
import arbiter.ruling.RulingOutcome;

/**
 * A run of close cases ruled alike, and a later one ruled the other way (issue 17, "Precedents"). The demo's other
 * rulings spread over so many reasons, item categories and amount bands that no ruling has the ten close precedents
 * the consistency check needs, so on a first run nothing would depart from precedent, and the supervisors'
 * departures (in the statistics, and QA samples of departures only) would be empty. So the {@value #PRECEDENTS} oldest
 * cases the replay rules one way become quality claims about an everyday-priced garment of {@value #SHOP} (¥100–500),
 * and so does the newest case it rules another way, escalated at least {@link #AFTER} after the last of them (so ruled
 * after all of them): its arbitrator goes against the run, and says why. The way is the first of rejected, partial
 * refund, full refund for which the demo has enough such cases: rejections first, as moving them to the shop moves no
 * penalty points. Only cases of buyers with no other case and of shops other than {@code shop-2} (kept below its first
 * measure, {@code DemoReplay.QUIET_SHOP}) are taken. The cases keep their status, buyer and escalation time: only what was
 * bought,
 * and the claim about it, are written again.
 */
final class DemoPrecedentRun {

    /**
     * Close precedents all going one way: more than the consistency check's minimum of 10, so that up to 3 close cases
     * the demo rules otherwise on its own still leave the run above its 80 %.
     */
    static final int PRECEDENTS = 12;
    /** The ways a run may go, in the order they are tried. */
    static final List<RulingOutcome> RUNS = List.of(RulingOutcome.REJECTED, RulingOutcome.PARTIAL_REFUND,
            RulingOutcome.FULL_REFUND);
    static final String SHOP = "shop-1";
    static final DisputeReason REASON = DisputeReason.QUALITY;
    static final AmountBand BAND = AmountBand.EVERYDAY;
    /** Longer than a demo ruling ever takes after escalation (at most about 111 hours; DemoReplay.planRuled). */
    static final Duration AFTER = Duration.ofDays(5);

    /** Writes a case again, as {@link DemoCaseWriter#rewrite} does, with that case's own random draws. */
    interface Rewriter {
        DemoCaseWriter.Written rewrite(int index, DemoCaseWriter.Written original, Shop shop, DisputeReason reason,
                Predicate<Item> items);
    }

    private DemoPrecedentRun() {
    }

    /**
     * The cases, in their order, with the run and the case departing from it written again; as they were when no way
     * has {@value #PRECEDENTS} cases with a case ruled otherwise late enough after them.
     */
    static List<DemoCaseWriter.Written> give(List<DemoCaseWriter.Written> written, Rewriter rewriter) {
        Map<String, Long> casesPerBuyer = written.stream()
                .collect(Collectors.groupingBy(w -> w.submission().buyer().id(), Collectors.counting()));
        IntPredicate free = i -> written.get(i).ruled()
                && !written.get(i).submission().seller().shopId().equals(DemoReplay.QUIET_SHOP)
                && casesPerBuyer.get(written.get(i).submission().buyer().id()) == 1;
        Comparator<Integer> byEscalation = Comparator.comparing(i -> written.get(i).escalatedAt());
        for (RulingOutcome way : RUNS) {
            List<Integer> run = IntStream.range(0, written.size())
                    .filter(i -> free.test(i) && DemoReplay.outcomeOf(i) == way).boxed()
                    .sorted(byEscalation).limit(PRECEDENTS).toList();
            if (run.size() < PRECEDENTS) {
                continue;
            }
            Instant departFrom = written.get(run.get(run.size() - 1)).escalatedAt().plus(AFTER);
            Optional<Integer> departing = IntStream.range(0, written.size())
                    .filter(i -> free.test(i) && DemoReplay.outcomeOf(i) != way
                            && written.get(i).escalatedAt().isAfter(departFrom))
                    .boxed().max(byEscalation);
            if (departing.isPresent()) {
                List<Integer> cases = new ArrayList<>(run);
                cases.add(departing.get());
                return rewritten(written, cases, rewriter);
            }
        }
        return written;
    }

    private static List<DemoCaseWriter.Written> rewritten(List<DemoCaseWriter.Written> written, List<Integer> cases,
            Rewriter rewriter) {
        Shop shop = DemoCatalog.SHOPS.stream().filter(s -> s.id().equals(SHOP)).findFirst().orElseThrow();
        Predicate<Item> everyday = item -> AmountBand.of(item.priceFen()) == BAND;
        List<DemoCaseWriter.Written> given = new ArrayList<>(written);
        for (int i : cases) {
            given.set(i, rewriter.rewrite(i, written.get(i), shop, REASON, everyday));
        }
        return given;
    }

}
