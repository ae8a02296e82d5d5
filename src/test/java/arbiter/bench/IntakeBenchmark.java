package arbiter.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import arbiter.evidence.PhotoFormat;

/**
 * Intake throughput: disputes with a 20-message chat and 3 photos of 2–4 MB each, posted by concurrent
 * clients to a running portal. Baseline in the same run: the cost of the photo work alone (decoding and
 * re-encoding the same photos in this JVM with as many threads), which intake cannot beat.
 * Run through bench/intake.sh.
 */
public final class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        String portal = args[0];
        String token = args[1];
        int requests = Integer.parseInt(args[2]);
        int clients = Integer.parseInt(args[3]);

        List<byte[]> photos = new ArrayList<>();
        Random random = new Random(42);
        for (int i = 0; i < 3; i++) {
            photos.add(photo(random, 2600 + 250 * i, 1950 + 190 * i));
        }
        System.out.printf("photos: %s bytes%n", photos.stream().map(p -> String.valueOf(p.length)).toList());

        double baseline = pipelineOnly(photos, clients, Math.max(4, requests / 4));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        post(http, portal, token, photos, "warm-up"); // first request pays for class loading
        AtomicInteger created = new AtomicInteger();
        List<Long> latencies = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long began = System.nanoTime();
        List<Future<Long>> results = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            results.add(pool.submit(() -> {
                long start = System.nanoTime();
                int status = post(http, portal, token, photos, UUID.randomUUID().toString());
                if (status == 201) {
                    created.incrementAndGet();
                }
                return System.nanoTime() - start;
            }));
        }
        for (Future<Long> result : results) {
            latencies.add(result.get());
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        latencies.sort(Long::compare);
        double rate = created.get() / seconds;
        System.out.printf("intake: %d of %d created in %.1f s = %.2f disputes/s; latency p50 %d ms, p99 %d ms%n",
                created.get(), requests, seconds, rate, latencies.get(latencies.size() / 2) / 1_000_000,
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) / 1_000_000);
        System.out.printf("baseline (photo work alone, %d threads): %.2f disputes/s%n", clients, baseline);
        System.out.printf("ratio intake/baseline: %.2f%n", rate / baseline);
    }

    /** Disputes per second if all there were to do was decoding and re-encoding their photos. */
    private static double pipelineOnly(List<byte[]> photos, int threads, int disputes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long began = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < disputes; i++) {
            work.add(pool.submit(() -> {
                for (byte[] photo : photos) {
                    PhotoFormat.sniff(photo).orElseThrow();
                    BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(photo));
                    encode(scale(image, 320));
                    encode(scale(image, 1600));
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        return disputes / ((System.nanoTime() - began) / 1e9);
    }

    private static int post(HttpClient http, String portal, String token, List<byte[]> photos, String id)
            throws IOException, InterruptedException {
        String boundary = "----arbiter" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "dispute", null, "application/json", dispute("TB-RF-BENCH-" + id, photos.size()));
        for (int i = 0; i < photos.size(); i++) {
            // A unique comment segment makes each request's photos new to the store, as real ones would be.
            part(body, boundary, "p" + (i + 1), "p" + (i + 1) + ".jpg", "image/jpeg", unique(photos.get(i), id));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create(portal + "/api/v1/disputes"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static byte[] dispute(String externalId, int photos) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0);
        StringBuilder chat = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            String photo = i < photos - 1 ? ", \"photos\": [\"p" + (i + 1) + "\"]" : "";
            chat.append(i == 0 ? "" : ",").append("{\"at\": \"").append(now.minusDays(5).plusMinutes(i * 7L))
                    .append("\", \"from\": \"").append(i % 2 == 0 ? "BUYER" : "SELLER")
                    .append("\", \"text\": \"第").append(i + 1).append("条消息：关于商品质量和退款的沟通内容。\"")
                    .append(photo).append('}');
        }
        String json = """
                {"externalId": "%s",
                 "order": {"orderNo": "4012345678901234", "itemTitle": "男士羊毛大衣 藏青 XL", "amountPaid": 59900,
                           "currency": "CNY", "paidAt": "%s", "shippedAt": "%s", "deliveredAt": "%s"},
                 "buyer": {"id": "b-1", "nick": "压测买家"},
                 "seller": {"shopId": "shop-bench", "shopName": "压测店铺", "email": "bench@shop-bench.example"},
                 "reason": "QUALITY", "requestedRefund": 59900, "buyerStatement": "面料起球，要求退款。",
                 "escalatedBy": "BUYER", "escalatedAt": "%s", "chat": [%s],
                 "evidence": [{"party": "BUYER", "photo": "p%d", "caption": "细节"}]}
                """.formatted(externalId, now.minusDays(9), now.minusDays(8), now.minusDays(6), now.minusHours(1),
                chat, photos);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String filename, String type,
            byte[] content) throws IOException {
        String header = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        body.write(header.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] unique(byte[] jpeg, String id) {
        byte[] comment = id.getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[jpeg.length + comment.length + 4];
        out[0] = jpeg[0];
        out[1] = jpeg[1];
        out[2] = (byte) 0xFF;
        out[3] = (byte) 0xFE;
        out[4] = (byte) ((comment.length + 2) >> 8);
        out[5] = (byte) (comment.length + 2);
        System.arraycopy(comment, 0, out, 6, comment.length);
        System.arraycopy(jpeg, 2, out, 6 + comment.length, jpeg.length - 2);
        return out;
    }

    /** A noisy photo-like JPEG of 2–4 MB (noise keeps JPEG from compressing it small). */
    private static byte[] photo(Random random, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int base = (x * 255 / width) << 16 | (y * 255 / height) << 8 | 128;
                row[x] = base ^ (random.nextInt(0x1000000) & 0x3F3F3F);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        // High quality, as phone cameras write: 2–4 MB for these sizes.
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.95f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        }
        writer.dispose();
        return out.toByteArray();
    }

    private static BufferedImage scale(BufferedImage source, int edge) {
        double f = Math.min(1.0, (double) edge / Math.max(source.getWidth(), source.getHeight()));
        int w = (int) (source.getWidth() * f);
        int h = (int) (source.getHeight() * f);
        BufferedImage target = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return target;
    }

    private static byte[] encode(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private IntakeBenchmark() {
    }
}
