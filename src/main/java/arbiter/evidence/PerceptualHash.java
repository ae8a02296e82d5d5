package arbiter.evidence;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A photo's perceptual hash: 64 bits that stay nearly the same when the photo is re-encoded, resized, slightly
 * cropped, captioned or brightened, and differ in about half their bits between unrelated photos (issue 17). Two
 * photos are nearly identical when their hashes differ in few bits ({@link #distance}).
 * <p>
 * The hash is the DCT hash ("pHash") of the photo's centre, faded out towards its edges. The photo without 8 % of its
 * width or height along each edge is averaged down to 32 × 32 luminance cells; each cell's difference from their mean
 * is weighted by a Tukey window (flat over the middle half, falling to zero along a cosine over the outer quarters);
 * then its two-dimensional DCT-II is taken, and of the 8 × 8 lowest frequencies, row by row from bit 63 down, one bit
 * each: set when the coefficient is above the median of all but the first. The edges are where a cropped or captioned
 * copy differs from its original (a 5 % crop takes 2.5 % off each edge, a caption band covers the bottom tenth), so the
 * hash reads them little or not at all, and what a crop leaves is a slight change of scale. The first coefficient
 * (bit 63) is the mean brightness, which a brightened copy changes; its bit is always 0, so 63 bits carry the look,
 * and as exactly 32 of them are set, two hashes always differ in an even number of bits. The hash is
 * computed from the normalised photo ({@link PhotoPipeline}: upright, sRGB), so a phone photo and its rotated copy
 * hash alike.
 * <p>
 * Written here rather than taken from a library: the one perceptual-hash library on Maven Central (JImageHash)
 * has not been released since 2021 and brings JavaFX into the server; what it would do for us is the 40 lines below.
 */
public final class PerceptualHash {

    /** The hash's length in bits. */
    public static final int BITS = 64;

    private static final int SIZE = 32;
    /** The share of the width and of the height left out along each edge. */
    private static final double MARGIN = 0.08;
    /** The Tukey window's share that tapers (half of it at each end); the rest is flat. */
    private static final double TAPER = 0.5;
    private static final double[] WINDOW = new double[SIZE];
    private static final int KEPT = 8;
    private static final double[][] COSINES = new double[KEPT][SIZE];

    static {
        for (int x = 0; x < SIZE; x++) {
            double t = Math.min(x + 0.5, SIZE - x - 0.5) / SIZE;
            WINDOW[x] = t < TAPER / 2 ? (1 - Math.cos(2 * Math.PI * t / TAPER)) / 2 : 1;
        }
        for (int u = 0; u < KEPT; u++) {
            for (int x = 0; x < SIZE; x++) {
                COSINES[u][x] = Math.cos((2 * x + 1) * u * Math.PI / (2 * SIZE));
            }
        }
    }

    private PerceptualHash() {
    }

    /**
     * The hash of a photo.
     *
     * @param image an upright photo of any size of at least 1 × 1 pixel, read as sRGB
     * @return 64 bits, as a Java {@code long} (stored as PostgreSQL {@code bigint})
     */
    public static long of(BufferedImage image) {
        double[][] luma = fadedTowardsTheEdges(downscaledLuminance(image));
        // Rows first, then columns, keeping only the frequencies the hash uses.
        double[][] rows = new double[SIZE][KEPT];
        for (int y = 0; y < SIZE; y++) {
            for (int v = 0; v < KEPT; v++) {
                double sum = 0;
                for (int x = 0; x < SIZE; x++) {
                    sum += luma[y][x] * COSINES[v][x];
                }
                rows[y][v] = sum;
            }
        }
        double[] coefficients = new double[KEPT * KEPT];
        for (int u = 0; u < KEPT; u++) {
            for (int v = 0; v < KEPT; v++) {
                double sum = 0;
                for (int y = 0; y < SIZE; y++) {
                    sum += rows[y][v] * COSINES[u][y];
                }
                coefficients[u * KEPT + v] = sum;
            }
        }
        double[] ac = Arrays.copyOfRange(coefficients, 1, coefficients.length);
        Arrays.sort(ac);
        double median = (ac[ac.length / 2 - 1] + ac[ac.length / 2]) / 2;
        long hash = 0;
        for (int i = 0; i < BITS; i++) {
            // The mean brightness (i = 0) carries no bit: its place, the hash's top bit, is always 0.
            boolean above = i > 0 && coefficients[i] > median;
            hash = (hash << 1) | (above ? 1 : 0);
        }
        return hash;
    }

    /** How many bits two hashes differ in: 0 for the same look, about 32 for unrelated photos. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The cells' differences from their mean weighted by the {@link #WINDOW} across and down: {@code luma}, changed. */
    private static double[][] fadedTowardsTheEdges(double[][] luma) {
        double mean = 0;
        for (double[] row : luma) {
            for (double cell : row) {
                mean += cell;
            }
        }
        mean /= SIZE * SIZE;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                luma[y][x] = mean + (luma[y][x] - mean) * WINDOW[y] * WINDOW[x];
            }
        }
        return luma;
    }

    /**
     * The luminance (Rec. 601, 0–255) of the photo's centre ({@link #MARGIN} off each edge, at least one pixel kept)
     * averaged over a 32 × 32 grid of equal areas.
     */
    private static double[][] downscaledLuminance(BufferedImage image) {
        int left = (int) Math.round(image.getWidth() * MARGIN);
        int top = (int) Math.round(image.getHeight() * MARGIN);
        int width = Math.max(1, image.getWidth() - 2 * left);
        int height = Math.max(1, image.getHeight() - 2 * top);
        double[][] sum = new double[SIZE][SIZE];
        int[][] count = new int[SIZE][SIZE];
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(left, top + y, width, 1, row, 0, width);
            int cellY = (int) ((long) y * SIZE / height);
            for (int x = 0; x < width; x++) {
                int rgb = row[x];
                int cellX = (int) ((long) x * SIZE / width);
                sum[cellY][cellX] += 0.299 * ((rgb >> 16) & 0xff) + 0.587 * ((rgb >> 8) & 0xff) + 0.114 * (rgb & 0xff);
                count[cellY][cellX]++;
            }
        }
        double[][] luma = new double[SIZE][SIZE];
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                // A photo smaller than the grid repeats its pixels; an empty cell takes its left or upper neighbour.
                luma[y][x] = count[y][x] > 0 ? sum[y][x] / count[y][x] : x > 0 ? luma[y][x - 1] : y > 0 ? luma[y - 1][x] : 0;
            }
        }
        return luma;
    }
}
