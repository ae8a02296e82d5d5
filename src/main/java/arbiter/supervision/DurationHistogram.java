package arbiter.supervision;

import java.util.List;

/**
 * How many rulings of a period took how long, per duration bucket (V30's {@code ruling_duration_bucket}: bucket 0
 * is under 10 minutes, 31 a week or more), and so where its middle rulings lie: the exact median needs only the
 * rulings of those one or two buckets, read in order of duration.
 */
final class DurationHistogram {

    /** The buckets of {@code ruling_duration_bucket}, and the columns {@code d00..d31} of ruling_day_counts. */
    static final int BUCKETS = 32;

    private final long[] counts = new long[BUCKETS];

    /**
     * A run of rulings inside one bucket, in order of seconds to ruling: skip the first {@code skip}, take
     * {@code take} (1 or 2).
     */
    record Slice(int bucket, long skip, int take) {
    }

    /** Adds {@code n} rulings to bucket {@code bucket} (0 to {@value #BUCKETS} - 1). */
    void add(int bucket, long n) {
        counts[bucket] += n;
    }

    /** Adds every bucket of another histogram. */
    void add(DurationHistogram other) {
        for (int b = 0; b < BUCKETS; b++) {
            counts[b] += other.counts[b];
        }
    }

    long total() {
        long total = 0;
        for (long n : counts) {
            total += n;
        }
        return total;
    }

    /**
     * Where the middle ruling lies (an odd count), or the two middle ones (even): one slice when they share a bucket,
     * else two (the last of one bucket, the first of a later one). None when there are no rulings. The values the
     * slices hold, in order, make the median ({@link #median}).
     */
    List<Slice> middle() {
        long n = total();
        if (n == 0) {
            return List.of();
        }
        long lower = (n - 1) / 2;
        long upper = n / 2;
        int lowerBucket = bucketOf(lower);
        int upperBucket = bucketOf(upper);
        if (lowerBucket == upperBucket) {
            return List.of(new Slice(lowerBucket, lower - before(lowerBucket), (int) (upper - lower + 1)));
        }
        return List.of(new Slice(lowerBucket, lower - before(lowerBucket), 1),
                new Slice(upperBucket, upper - before(upperBucket), 1));
    }

    /**
     * The median of the middle values (one or two, in seconds) as the statistics always showed it: PostgreSQL's
     * {@code round(percentile_cont(0.5))}, which takes the mean of the two middle values in double precision and
     * rounds half to even.
     */
    static long median(List<Long> middle) {
        if (middle.size() == 1) {
            return middle.get(0);
        }
        double lower = middle.get(0);
        double upper = middle.get(1);
        return (long) Math.rint(lower + (upper - lower) * 0.5);
    }

    /** The bucket of the ruling of rank {@code rank} (0-based, in order of duration). */
    private int bucketOf(long rank) {
        long seen = 0;
        for (int b = 0; b < BUCKETS; b++) {
            seen += counts[b];
            if (rank < seen) {
                return b;
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + seen);
    }

    /** How many rulings lie in the buckets before {@code bucket}. */
    private long before(int bucket) {
        long seen = 0;
        for (int b = 0; b < bucket; b++) {
            seen += counts[b];
        }
        return seen;
    }
}
