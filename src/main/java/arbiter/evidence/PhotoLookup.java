package arbiter.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finding the stored photos nearly identical to one, by multi-index hashing over the four 16-bit blocks of their
 * {@link PerceptualHash}es (V23 says why it finds every one within the distance): {@link #SQL} with the parameters of
 * {@link #parameters}. Kept apart from the service so that {@code bench/photo-lookup.sh} runs the very statement.
 */
public final class PhotoLookup {

    /** The most bits two nearly identical photos may differ in for the lookup to find them all. */
    public static final int MAX_DISTANCE = 15;

    /**
     * The photos within {@code ?7} bits of the hash {@code ?1}, but the photo {@code ?6}; {@code ?2}–{@code ?5} are the
     * candidate values of each block as PostgreSQL array literals. Columns: the photo's SHA-256, its distance. Each
     * block is read by an index-only scan, the distance filter pushed into it, so only the photos found leave it.
     */
    public static final String SQL = """
            SELECT sha256, distance FROM (
                SELECT sha256, bit_count(CAST(perceptual_hash # ?1 AS bit(64))) AS distance
                FROM photos WHERE hash_block_0 = ANY (CAST(?2 AS int[]))
                UNION
                SELECT sha256, bit_count(CAST(perceptual_hash # ?1 AS bit(64)))
                FROM photos WHERE hash_block_1 = ANY (CAST(?3 AS int[]))
                UNION
                SELECT sha256, bit_count(CAST(perceptual_hash # ?1 AS bit(64)))
                FROM photos WHERE hash_block_2 = ANY (CAST(?4 AS int[]))
                UNION
                SELECT sha256, bit_count(CAST(perceptual_hash # ?1 AS bit(64)))
                FROM photos WHERE hash_block_3 = ANY (CAST(?5 AS int[]))) candidates
            WHERE distance <= ?7 AND sha256 <> ?6
            ORDER BY distance, sha256""";

    private PhotoLookup() {
    }

    /**
     * The parameters of {@link #SQL}, in order.
     *
     * @param hash the new photo's perceptual hash
     * @param sha256 the new photo's SHA-256, left out of what is found
     * @param maxDistance 0 to {@link #MAX_DISTANCE}
     * @throws IllegalArgumentException for a distance outside that range
     */
    public static List<Object> parameters(long hash, String sha256, int maxDistance) {
        if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
            throw new IllegalArgumentException("the lookup finds photos up to " + MAX_DISTANCE + " bits apart");
        }
        List<Object> parameters = new ArrayList<>(7);
        parameters.add(hash);
        for (int block = 0; block < 4; block++) {
            parameters.add(arrayLiteral(neighbours(block(hash, block), maxDistance / 4)));
        }
        parameters.add(sha256);
        parameters.add(maxDistance);
        return parameters;
    }

    /** Block {@code i} of a hash as V23's generated column {@code hash_block_i} holds it: 0–65535, block 0 highest. */
    static int block(long hash, int i) {
        return (int) ((hash >>> (48 - 16 * i)) & 0xffff);
    }

    /** Every 16-bit value within {@code radius} bits of {@code value}, itself first (1, 17, 137 or 697 values). */
    static List<Integer> neighbours(int value, int radius) {
        List<Integer> found = new ArrayList<>();
        found.add(value);
        flip(value, radius, 0, found);
        return found;
    }

    private static void flip(int value, int left, int from, List<Integer> found) {
        if (left == 0) {
            return;
        }
        for (int bit = from; bit < 16; bit++) {
            int flipped = value ^ (1 << bit);
            found.add(flipped);
            flip(flipped, left - 1, bit + 1, found);
        }
    }

    private static String arrayLiteral(List<Integer> values) {
        StringBuilder literal = new StringBuilder(values.size() * 6).append('{');
        for (int i = 0; i < values.size(); i++) {
            literal.append(i == 0 ? "" : ",").append(values.get(i));
        }
        return literal.append('}').toString();
    }
}
