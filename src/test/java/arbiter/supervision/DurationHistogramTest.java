package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import arbiter.supervision.DurationHistogram.Slice;

/** Where a period's middle rulings lie in its duration buckets, and the median they make. */
class DurationHistogramTest {

    @Test
    void anOddCountHasOneMiddleRuling() {
        DurationHistogram h = histogram(2, 0, 3);

        assertEquals(List.of(new Slice(2, 0, 1)), h.middle(), "rank 2 of 0..4: the first of bucket 2");
    }

    @Test
    void anEvenCountHasTwoMiddleRulingsInOneBucket() {
        DurationHistogram h = histogram(1, 4, 1);

        assertEquals(List.of(new Slice(1, 1, 2)), h.middle(), "ranks 2 and 3 of 0..5: the 2nd and 3rd of bucket 1");
    }

    @Test
    void twoMiddleRulingsMayLieInBucketsApartWithEmptyOnesBetween() {
        DurationHistogram h = histogram(0, 2, 0, 0, 2);

        assertEquals(List.of(new Slice(1, 1, 1), new Slice(4, 0, 1)), h.middle(),
                "the last of bucket 1 and the first of bucket 4");
    }

    @Test
    void noRulingsHaveNoMiddle() {
        assertEquals(List.of(), new DurationHistogram().middle());
    }

    @Test
    void histogramsAddUp() {
        DurationHistogram sum = histogram(1, 0, 2);
        sum.add(histogram(0, 3));

        assertEquals(6, sum.total());
        assertEquals(List.of(new Slice(1, 1, 2)), sum.middle());
    }

    @Test
    void theMedianRoundsAsPostgresRoundsPercentileCont() {
        assertEquals(7200, DurationHistogram.median(List.of(7200L)));
        assertEquals(5400, DurationHistogram.median(List.of(3600L, 7200L)));
        assertEquals(2700, DurationHistogram.median(List.of(1800L, 3601L)), "2700.5 rounds to the even 2700");
        assertEquals(2702, DurationHistogram.median(List.of(1800L, 3603L)), "2701.5 rounds to the even 2702");
        assertEquals(0, DurationHistogram.median(List.of(0L, 1L)));
    }

    private static DurationHistogram histogram(long... counts) {
        DurationHistogram h = new DurationHistogram();
        for (int b = 0; b < counts.length; b++) {
            h.add(b, counts[b]);
        }
        return h;
    }
}
