package arbiter.demo;

import static arbiter.demo.DemoCatalog.pick;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import arbiter.demo.DemoCatalog.Category;
import arbiter.demo.DemoCatalog.Item;
import arbiter.demo.DemoCatalog.Shop;
import arbiter.demo.DemoChatScripts.Draft;
import arbiter.demo.DemoChatScripts.Facts;
import arbiter.demo.DemoPhotos.Kind;
import arbiter.demo.DemoPhotos.Spec;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Party;
import arbiter.intake.DisputeSubmission;
import arbiter.intake.DisputeSubmission.ChatLine;
import arbiter.intake.DisputeSubmission.EvidenceLine;

/** Writes the text of one demo case at a time, and says what its photos show. */
final class DemoCaseWriter {

    /** A case whose photos are still to be rendered. */
    record Written(DisputeSubmission submission, Map<String, Spec> photos, DisputeStatus status) {

        /** When the case was escalated, UTC. */
        Instant escalatedAt() {
            return submission.escalatedAt().toInstant();
        }

        /** Whether the replay rules the case (and leaves it ruled). */
        boolean ruled() {
            return status == DisputeStatus.RULED;
        }
    }

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Rulings above ¥5,000 need a second arbitrator: a pending approval only makes sense above it. */
    private static final long FOUR_EYES_FEN = 500_000;
    private static final long HOUR = 3600;

    private static final List<String> HOSTILE_CHAT = List.of(
            "你们自己看 <script>alert(1)</script> 这叫没问题？",
            "<b>加粗</b>再说一遍：我要退款！",
            "图片打不开吗？<img src=x onerror=alert(1)>",
            "退货地址是不是 <a href=\"javascript:alert(1)\">这里</a>？");
    private static final List<String> HOSTILE_CAPTIONS = List.of(
            "<b>加粗</b>的瑕疵特写", "面单照片<script>alert(1)</script>", "\"><i>斜体</i>外箱照片",
            "</td><td onmouseover=alert(1)>细节图");

    private final OffsetDateTime now;

    DemoCaseWriter(Instant now) {
        this.now = now.atOffset(CHINA);
    }

    Written write(Random rnd, int serial, Shop shop, DisputeReason reason, DisputeStatus status, boolean hostile) {
        return write(rnd, serial, shop, reason, status, hostile, item -> true, null);
    }

    /**
     * The case {@code original} written again of another shop and reason, with an item that {@code items} accepts,
     * keeping its status, buyer and escalation time (so it stays where it was among the cases, and with whom).
     *
     * @throws IllegalArgumentException if the shop sells no item that {@code items} accepts
     */
    Written rewrite(Random rnd, int serial, Written original, Shop shop, DisputeReason reason, Predicate<Item> items,
            boolean hostile) {
        return write(rnd, serial, shop, reason, original.status(), hostile, items, original.submission());
    }

    private Written write(Random rnd, int serial, Shop shop, DisputeReason reason, DisputeStatus status,
            boolean hostile, Predicate<Item> items, DisputeSubmission kept) {
        Category category = shop.category();
        List<Item> choices = category.items.stream().filter(items)
                .filter(item -> status != DisputeStatus.PENDING_APPROVAL || item.priceFen() >= FOUR_EYES_FEN).toList();
        if (choices.isEmpty()) {
            throw new IllegalArgumentException(shop.id() + " sells no such item");
        }
        Item item = pick(rnd, choices);
        long paid = item.priceFen() - coupon(rnd, item.priceFen());
        long refund = status == DisputeStatus.PENDING_APPROVAL ? paid : requestedRefund(rnd, reason, paid);
        int colour = rnd.nextInt(category.palette.size());
        Facts facts = new Facts(reason, category, item, pick(rnd, category.defects), pick(rnd, category.parts),
                pick(rnd, DemoCatalog.COURIERS), compensationYuan(rnd, paid));
        Party escalatedBy = rnd.nextInt(100) < (reason == DisputeReason.RETURN_REFUSED ? 30 : 10)
                ? Party.SELLER
                : Party.BUYER;

        // A case written again draws what a new case draws, and then keeps its own time and buyer.
        OffsetDateTime drawnAt = now.minusSeconds(ageSeconds(rnd, status)).truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime escalatedAt = kept == null ? drawnAt : kept.escalatedAt();
        int length = 8 + Math.min(rnd.nextInt(33), rnd.nextInt(33));
        List<Draft> drafts = new ArrayList<>(DemoChatScripts.conversation(rnd, facts, escalatedBy, length));
        if (hostile) {
            injectMarkup(rnd, drafts);
        }
        List<OffsetDateTime> times = chatTimes(rnd, escalatedAt, drafts.size());

        DemoPhotoAlbum album = new DemoPhotoAlbum(category, colour);
        List<ChatLine> chat = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            List<String> names = draft.photos().stream()
                    .map(kind -> album.add(rnd, kind, draft.from(), reason, item)).toList();
            chat.add(new ChatLine(times.get(i), draft.from(), draft.text(), names));
        }
        List<EvidenceLine> evidence = evidence(rnd, album, facts, hostile);

        OffsetDateTime chatStart = times.get(0);
        OffsetDateTime deliveredAt = switch (reason) {
            case NOT_RECEIVED -> null;
            case RETURN_REFUSED -> chatStart.minusSeconds(between(rnd, 72 * HOUR, 192 * HOUR));
            default -> chatStart.minusSeconds(between(rnd, HOUR / 3, 72 * HOUR));
        };
        OffsetDateTime shippedAt = deliveredAt == null
                ? chatStart.minusSeconds(between(rnd, 48 * HOUR, 144 * HOUR))
                : deliveredAt.minusSeconds(between(rnd, 18 * HOUR, 96 * HOUR));
        OffsetDateTime paidAt = shippedAt.minusSeconds(between(rnd, HOUR / 2, 48 * HOUR));

        var order = new DisputeSubmission.OrderSnapshot(orderNo(rnd), item.title(), paid, "CNY",
                paidAt, shippedAt, deliveredAt);
        var drawnBuyer = new DisputeSubmission.Buyer("b" + (100_000_000 + rnd.nextInt(900_000_000)),
                DemoCatalog.buyerNick(rnd));
        var buyer = kept == null ? drawnBuyer : kept.buyer();
        var seller = new DisputeSubmission.Seller(shop.id(), shop.name(), shop.email());
        String externalId = "TB-RF-%d-%06d".formatted(escalatedAt.getYear(), serial);
        var submission = new DisputeSubmission(externalId, order, buyer, seller, reason, refund,
                DemoChatScripts.statement(rnd, facts), escalatedBy, escalatedAt, List.copyOf(chat),
                List.copyOf(evidence));
        return new Written(submission, album.specsByName(), status);
    }

    /** Two orders in five over ¥200 used a shop coupon of ¥5–30. */
    private static long coupon(Random rnd, long price) {
        return price >= 20_000 && rnd.nextInt(5) < 2 ? 500L * (1 + rnd.nextInt(6)) : 0;
    }

    /** Mostly the full amount; for partial grievances sometimes a share of it, in whole yuan. */
    private static long requestedRefund(Random rnd, DisputeReason reason, long paid) {
        boolean partialFits = switch (reason) {
            case NOT_AS_DESCRIBED, QUALITY, DAMAGED, MISSING_PARTS -> true;
            default -> false;
        };
        if (!partialFits || rnd.nextInt(100) >= 35) {
            return paid;
        }
        long share = paid * (20 + rnd.nextInt(51)) / 100;
        return Math.max(100, share / 100 * 100);
    }

    /** A small goodwill offer the seller can make in chat, well below the price. */
    private static int compensationYuan(Random rnd, long paid) {
        List<Integer> fitting = List.of(5, 10, 20, 30, 50, 100, 200).stream()
                .filter(yuan -> yuan * 100L * 4 <= paid).toList();
        return fitting.isEmpty() ? 5 : pick(rnd, fitting);
    }

    /**
     * How long ago the case was escalated. Against a 72 h SLA, open cases are mostly comfortable, some due
     * within four hours and some overdue; closed ones are spread over the five weeks before now.
     */
    private static long ageSeconds(Random rnd, DisputeStatus status) {
        if (!status.isOpen()) {
            return between(rnd, 2 * HOUR, 35 * 24 * HOUR); // five weeks of history for the statistics
        }
        int roll = rnd.nextInt(100);
        if (roll < 15) {
            return between(rnd, 72 * HOUR + 300, 236 * HOUR);
        }
        if (roll < 27) {
            return between(rnd, 68 * HOUR + 300, 72 * HOUR - 600);
        }
        return between(rnd, 600, 66 * HOUR);
    }

    /** Message times counted back from shortly before the escalation: quick replies, pauses, overnight gaps. */
    private static List<OffsetDateTime> chatTimes(Random rnd, OffsetDateTime escalatedAt, int messages) {
        OffsetDateTime[] times = new OffsetDateTime[messages];
        times[messages - 1] = escalatedAt.minusSeconds(between(rnd, 600, 8 * HOUR));
        for (int i = messages - 2; i >= 0; i--) {
            int roll = rnd.nextInt(100);
            long gap = roll < 65 ? between(rnd, 20, 900)
                    : roll < 90 ? between(rnd, 900, 3 * HOUR)
                            : between(rnd, 3 * HOUR, 20 * HOUR);
            times[i] = times[i + 1].minusSeconds(gap);
        }
        return List.of(times);
    }

    /** Swaps a buyer message (a plain one, if there is one) for markup that must be shown, not run. */
    private static void injectMarkup(Random rnd, List<Draft> drafts) {
        int target = 0;
        for (int i = 2; i < drafts.size(); i++) {
            if (drafts.get(i).from() == Party.BUYER && drafts.get(i).photos().isEmpty()) {
                target = i;
                break;
            }
        }
        Draft old = drafts.get(target);
        drafts.set(target, new Draft(old.from(), pick(rnd, HOSTILE_CHAT), old.photos()));
    }

    /** 0–3 photos, mostly the buyer's: some re-submitted from the chat, some new. */
    private static List<EvidenceLine> evidence(Random rnd, DemoPhotoAlbum album, Facts facts, boolean hostile) {
        int roll = rnd.nextInt(100);
        int count = roll < 15 ? 0 : roll < 50 ? 1 : roll < 80 ? 2 : 3;
        count = Math.max(count, hostile ? 1 : 0);
        List<EvidenceLine> lines = new ArrayList<>();
        Set<String> captions = new HashSet<>();
        for (int i = 0; i < count; i++) {
            Party party = rnd.nextInt(5) == 0 ? Party.SELLER : Party.BUYER;
            DemoPhotoAlbum.Photo photo = rnd.nextInt(10) < 6 ? album.unsubmitted(party) : null;
            if (photo == null) {
                Kind kind = DemoPhotoScripts.kind(rnd, facts.reason(), party);
                photo = album.photo(album.add(rnd, kind, party, facts.reason(), facts.item()));
            }
            album.markSubmitted(photo);
            String caption = hostile && i == 0 ? pick(rnd, HOSTILE_CAPTIONS)
                    : DemoPhotoScripts.caption(rnd, photo.kind(), party, facts);
            for (int retry = 0; retry < 4 && !captions.add(caption); retry++) {
                // Two evidence photos with the same caption read like a copy-paste slip.
                caption = DemoPhotoScripts.caption(rnd, photo.kind(), party, facts);
            }
            lines.add(new EvidenceLine(party, photo.name(), caption));
        }
        return lines;
    }

    private static long between(Random rnd, long from, long to) {
        return rnd.nextLong(from, to);
    }

    private static String orderNo(Random rnd) {
        return Long.toString(1_000_000_000_000_000L + rnd.nextLong(9_000_000_000_000_000L));
    }
}
