package arbiter.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

import arbiter.evidence.PhotoLookup;
import arbiter.evidence.PhotoReuseRules;

/**
 * Looking up a new photo's nearly identical photos among 1,000,000 stored perceptual hashes (issue 17: p99 under
 * 50 ms), with the portal's own statement ({@link PhotoLookup#SQL}) over the portal's own schema (the migrations are
 * applied to the benchmark's database), beside the baseline measured in the same run: the same question answered by
 * reading every hash. Also checks on every sampled query that the index finds exactly what reading every hash finds.
 * <p>
 * The stored hashes are made to be hard for the index: half spread evenly (32 of the 63 look bits set, as every hash
 * has), half in 500 dense neighbourhoods (a base hash with 11 to 24 bits flipped: near each other, as photos of one
 * product type are, yet beyond the threshold). Queries are half copies of a stored hash with up to 4 bits flipped
 * (found), half new hashes near a neighbourhood (mostly not found).
 * <p>
 * {@code java -cp ... arbiter.bench.PhotoLookupBenchmark JDBC_URL [PHOTOS] [QUERIES]}; loopback only.
 */
public final class PhotoLookupBenchmark {

    private PhotoLookupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int photos = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int maxDistance = PhotoReuseRules.DEFAULT_MAX_DISTANCE;
        Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").load().migrate();
        Random random = new Random(17);
        long[] bases = new long[500];
        for (int i = 0; i < bases.length; i++) {
            bases[i] = balanced(random);
        }
        try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
            long stored = count(db);
            if (stored < photos) {
                seed(db, photos - (int) stored, bases, random);
                try (Statement s = db.createStatement()) {
                    s.execute("VACUUM ANALYZE photos");
                }
            }
            System.out.printf("stored perceptual hashes: %,d; threshold %d bits%n", count(db), maxDistance);
            List<Long> sample = sample(db, queries / 2);
            List<Long> probes = new ArrayList<>();
            for (int i = 0; i < queries; i++) {
                probes.add(i % 2 == 0 ? flip(sample.get(i / 2 % sample.size()), random.nextInt(5), random)
                        : flip(bases[random.nextInt(bases.length)], 11 + random.nextInt(6), random));
            }
            for (int i = 0; i < 200; i++) { // warm-up
                lookup(db, probes.get(i), maxDistance);
            }
            Histogram indexed = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
            long found = 0;
            for (long probe : probes) {
                long start = System.nanoTime();
                found += lookup(db, probe, maxDistance).size();
                indexed.recordValue((System.nanoTime() - start) / 1000);
            }
            Histogram scanned = new Histogram(TimeUnit.SECONDS.toMicros(600), 3);
            int checked = 0;
            for (int i = 0; i < 20; i++) {
                long probe = probes.get(i);
                long start = System.nanoTime();
                Set<String> all = scan(db, probe, maxDistance);
                scanned.recordValue((System.nanoTime() - start) / 1000);
                if (!all.equals(new HashSet<>(lookup(db, probe, maxDistance)))) {
                    throw new IllegalStateException("the index missed photos the scan found for " + probe);
                }
                checked++;
            }
            System.out.printf("indexed lookup, %d queries: p50 %.2f ms, p99 %.2f ms, max %.2f ms; %d photos found%n",
                    queries, ms(indexed, 50), ms(indexed, 99), indexed.getMaxValue() / 1000.0, found);
            System.out.printf("baseline (every hash read), %d queries: p50 %.1f ms, max %.1f ms%n", scanned
                    .getTotalCount(), ms(scanned, 50), scanned.getMaxValue() / 1000.0);
            System.out.printf("ratio: the indexed p50 is %.0f times faster than the baseline's p50;"
                    + " %d queries found exactly what the scan found%n", ms(scanned, 50) / ms(indexed, 50), checked);
        }
    }

    private static List<String> lookup(Connection db, long hash, int maxDistance) throws SQLException {
        List<Object> parameters = PhotoLookup.parameters(hash, "", maxDistance);
        // The statement numbers its parameters (?1 ... ?7, ?1 four times); plain JDBC binds each mark in turn.
        java.util.regex.Matcher marks = java.util.regex.Pattern.compile("\\?(\\d)").matcher(PhotoLookup.SQL);
        List<Object> order = new ArrayList<>();
        while (marks.find()) {
            order.add(parameters.get(Integer.parseInt(marks.group(1)) - 1));
        }
        try (PreparedStatement query = db.prepareStatement(PhotoLookup.SQL.replaceAll("\\?\\d", "?"))) {
            for (int i = 0; i < order.size(); i++) {
                query.setObject(i + 1, order.get(i));
            }
            List<String> found = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }

    private static Set<String> scan(Connection db, long hash, int maxDistance) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT sha256 FROM photos WHERE bit_count(CAST(perceptual_hash # ? AS bit(64))) <= ?""")) {
            query.setLong(1, hash);
            query.setInt(2, maxDistance);
            Set<String> found = new HashSet<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        }
    }

    private static void seed(Connection db, int missing, long[] bases, Random random) throws Exception {
        System.out.printf("seeding %,d hashes...%n", missing);
        long start = System.nanoTime();
        int batch = 100_000;
        for (int done = 0; done < missing; done += batch) {
            StringBuilder rows = new StringBuilder();
            for (int i = done; i < Math.min(missing, done + batch); i++) {
                long hash = i % 2 == 0 ? balanced(random)
                        : flip(bases[random.nextInt(bases.length)], 11 + random.nextInt(14), random);
                rows.append(String.format("%016x%016x%016x%016x", random.nextLong(), random.nextLong(),
                        random.nextLong(), random.nextLong())).append('\t').append("800\t600\t").append(hash)
                        .append('\n');
            }
            ((PGConnection) db.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                    "COPY photos (sha256, width, height, perceptual_hash) FROM STDIN", new StringReader(rows.toString()));
        }
        System.out.printf("seeded in %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    }

    /** A hash as PerceptualHash makes them: the top bit clear, 32 of the other 63 set. */
    private static long balanced(Random random) {
        long hash = 0;
        int set = 0;
        while (set < 32) {
            int bit = random.nextInt(63);
            if ((hash & (1L << bit)) == 0) {
                hash |= 1L << bit;
                set++;
            }
        }
        return hash;
    }

    private static long flip(long hash, int bits, Random random) {
        Set<Integer> flipped = new HashSet<>();
        while (flipped.size() < bits) {
            flipped.add(random.nextInt(63));
        }
        for (int bit : flipped) {
            hash ^= 1L << bit;
        }
        return hash;
    }

    private static List<Long> sample(Connection db, int count) throws SQLException {
        List<Long> sample = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT perceptual_hash FROM photos TABLESAMPLE SYSTEM (1)"
                        + " WHERE perceptual_hash IS NOT NULL LIMIT " + count)) {
            while (r.next()) {
                sample.add(r.getLong(1));
            }
        }
        return sample;
    }

    private static long count(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM photos")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double ms(Histogram histogram, double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }
}
