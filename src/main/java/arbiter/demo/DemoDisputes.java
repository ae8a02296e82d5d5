package arbiter.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import arbiter.demo.DemoCatalog.Shop;
import arbiter.demo.DemoPhotos.Spec;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.DisputeStatus;

/**
 * Deterministic demo data: escalated Taobao-style disputes with Chinese chat logs and generated photos.
 * The same (seed, count, now) always gives the same cases; nothing reads the clock.
 */
public final class DemoDisputes {

    private DemoDisputes() {
    }

    /**
     * {@code count} cases escalated before {@code now}: open ones during the last ten days, closed ones over five weeks. Shops,
     * reasons and statuses are
     * dealt by quota rather than drawn independently, so that every shop, every reason and (from 12 cases
     * on) every status shows up, in roughly these shares: escalated 40 %, in review 15 %, awaiting
     * evidence 10 %, pending approval 5 %, ruled 25 %, withdrawn 5 %. Against a 72-hour SLA, some open
     * cases are overdue and some due within four hours; pending-approval cases are all above the ¥5,000
     * four-eyes threshold; every twentieth case carries HTML markup in its chat and a caption. One buyer has
     * several cases, refunded again and again ({@link DemoRepeatBuyer}); every other buyer has one. A run of close
     * cases is ruled alike, and a later one against them, with its reason ({@link DemoPrecedentRun}).
     */
    public static List<DemoCase> generate(long seed, int count, Instant now) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        Objects.requireNonNull(now, "now");
        Random rnd = new Random(seed);
        List<Shop> shops = deal(rnd, count, DemoCatalog.SHOPS, Shop::weight);
        List<DisputeReason> reasons = deal(rnd, count, List.of(DisputeReason.values()), DemoDisputes::reasonWeight);
        List<DisputeStatus> statuses = deal(rnd, count, List.of(DisputeStatus.values()), DemoDisputes::statusWeight);
        int firstSerial = 100 + rnd.nextInt(400);

        DemoCaseWriter writer = new DemoCaseWriter(now);
        List<DemoCaseWriter.Written> written = new ArrayList<>(count);
        long[] caseSeeds = new long[count];
        for (int i = 0; i < count; i++) {
            // Each case draws from its own generator, so a change in how one case is written
            // does not reshuffle all the cases after it.
            caseSeeds[i] = rnd.nextLong();
            written.add(writer.write(new Random(caseSeeds[i]), firstSerial + i, shops.get(i), reasons.get(i),
                    statuses.get(i), hostile(i)));
        }
        written = DemoRepeatBuyer.give(written, now);
        written = DemoPrecedentRun.give(written, (i, original, shop, reason, items) -> writer
                .rewrite(new Random(caseSeeds[i]), firstSerial + i, original, shop, reason, items, hostile(i)));
        Map<Spec, byte[]> rendered = render(written);
        return written.stream().map(w -> withPhotos(w, rendered)).toList();
    }

    /**
     * Draws every distinct photo once. Drawing is the slow part, and a photo depends on nothing but its
     * spec, so drawing in parallel changes the wall time and nothing else.
     */
    private static Map<Spec, byte[]> render(List<DemoCaseWriter.Written> written) {
        return written.stream().flatMap(w -> w.photos().values().stream()).distinct().toList()
                .parallelStream()
                .collect(Collectors.toConcurrentMap(Function.identity(), DemoPhotos::render));
    }

    private static DemoCase withPhotos(DemoCaseWriter.Written written, Map<Spec, byte[]> rendered) {
        Map<String, byte[]> photos = new LinkedHashMap<>();
        written.photos().forEach((name, spec) -> photos.put(name, rendered.get(spec)));
        return new DemoCase(written.submission(), photos, written.status());
    }

    /**
     * Every twentieth case (the 14th, 34th, …) carries markup in a chat message and a caption, so that the
     * UI's escaping gets exercised by ordinary demo data.
     */
    private static boolean hostile(int index) {
        return index % 20 == 13;
    }

    private static int reasonWeight(DisputeReason reason) {
        return switch (reason) {
            case NOT_AS_DESCRIBED -> 20;
            case QUALITY -> 22;
            case NOT_RECEIVED -> 14;
            case DAMAGED -> 14;
            case COUNTERFEIT -> 8;
            case MISSING_PARTS -> 10;
            case RETURN_REFUSED -> 12;
        };
    }

    private static int statusWeight(DisputeStatus status) {
        return switch (status) {
            case ESCALATED -> 40;
            case IN_REVIEW -> 15;
            case AWAITING_EVIDENCE -> 10;
            case PENDING_APPROVAL -> 5;
            case RULED -> 25;
            case WITHDRAWN -> 5;
        };
    }

    /**
     * Deals {@code count} values in proportion to their weights (largest remainder), giving each value at
     * least one when there is room for all, then shuffles. Works on lists, never on hash order.
     */
    static <T> List<T> deal(Random rnd, int count, List<T> values, ToIntFunction<T> weight) {
        int total = values.stream().mapToInt(weight).sum();
        int[] quota = new int[values.size()];
        double[] remainder = new double[values.size()];
        int dealt = 0;
        for (int i = 0; i < values.size(); i++) {
            double exact = (double) count * weight.applyAsInt(values.get(i)) / total;
            quota[i] = (int) exact;
            remainder[i] = exact - quota[i];
            dealt += quota[i];
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            byRemainder.add(i);
        }
        byRemainder.sort(Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparing(i -> i));
        for (int k = 0; dealt < count; k++, dealt++) {
            quota[byRemainder.get(k % values.size())]++;
        }
        if (count >= values.size()) {
            for (int i = 0; i < values.size(); i++) {
                if (quota[i] == 0) {
                    quota[i] = 1;
                    quota[largest(quota)]--;
                }
            }
        }
        List<T> dealtValues = new ArrayList<>(count);
        for (int i = 0; i < values.size(); i++) {
            dealtValues.addAll(Collections.nCopies(quota[i], values.get(i)));
        }
        Collections.shuffle(dealtValues, rnd);
        return dealtValues;
    }

    private static int largest(int[] quota) {
        int largest = 0;
        for (int i = 1; i < quota.length; i++) {
            if (quota[i] > quota[largest]) {
                largest = i;
            }
        }
        return largest;
    }
}
