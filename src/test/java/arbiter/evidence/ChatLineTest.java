package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import arbiter.dispute.DisputeStatus;
import arbiter.dispute.Party;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The chat lines of the case pages (staff and seller): each message worded in the page's language, timed and its photos marked,
 * in one pass.
 */
@QuarkusTest
class ChatLineTest {

    /** Microseconds, as PostgreSQL keeps them: the attribute keeps milliseconds, the page shows the minute. */
    private static final Instant SENT = Instant.parse("2026-11-30T08:05:09.123456Z");
    private static final String REUSED = "a".repeat(64);
    private static final String FRESH = "b".repeat(64);

    private static CaseRecord record() {
        CaseRecord.PhotoRef reused = new CaseRecord.PhotoRef(REUSED, Party.BUYER, null, SENT, 1L);
        CaseRecord.PhotoRef fresh = new CaseRecord.PhotoRef(FRESH, Party.BUYER, null, SENT, 1L);
        return new CaseRecord(List.of(new CaseRecord.ChatView(1, 0, SENT, Party.BUYER, null, List.of(fresh, reused)),
                new CaseRecord.ChatView(2, 1, SENT.plusSeconds(60), Party.SELLER, "<b>亲，已发货</b>", List.of()),
                new CaseRecord.ChatView(3, 2, SENT.plusSeconds(120), Party.PLATFORM, "平台提示", List.of())),
                Map.of(Party.BUYER, List.of(fresh, reused)));
    }

    private static ReusedPhotos.CaseMarks reusedMarks() {
        ReusedPhotos.Mark elsewhere = new ReusedPhotos.Mark(REUSED, REUSED, 0, 9, "AR-9", Party.BUYER, "店铺 Two",
                DisputeStatus.RULED, "FULL_REFUND");
        return new ReusedPhotos.CaseMarks(Map.of(REUSED, new ReusedPhotos.PhotoMarks(List.of(elsewhere), 1, false)));
    }

    @Test
    void everyPartOfAMessageIsReadyToShowInEnglish() {
        List<ChatLine> lines = ChatLine.of(record().chat(), reusedMarks(), "en");

        assertEquals(new ChatLine(1, "buyer", "Buyer", "2026-11-30T08:05:09.123Z", "2026-11-30 16:05", null,
                List.of(new ChatLine.Photo(FRESH, false), new ChatLine.Photo(REUSED, true))), lines.get(0));
        // The body is kept as sent: the template escapes it.
        assertEquals(new ChatLine(2, "seller", "Seller", "2026-11-30T08:06:09.123Z", "2026-11-30 16:06",
                "<b>亲，已发货</b>", List.of()), lines.get(1));
        assertEquals(List.of("platform", "Platform"), List.of(lines.get(2).senderClass(), lines.get(2).sender()));
    }

    @Test
    void theSenderIsNamedInChineseOnAChinesePageAndTheStylingClassStaysTheSame() {
        List<ChatLine> lines = ChatLine.of(record().chat(), reusedMarks(), "zh");

        assertEquals(List.of("买家", "卖家", "平台"), lines.stream().map(ChatLine::sender).toList());
        assertEquals(List.of("buyer", "seller", "platform"), lines.stream().map(ChatLine::senderClass).toList());
    }

    @Test
    void withoutReuseNoPhotoIsMarkedAndAnEmptyChatHasNoLines() {
        assertEquals(List.of(false, false),
                ChatLine.of(record().chat(), ReusedPhotos.CaseMarks.NONE, "en").get(0).photos().stream()
                        .map(ChatLine.Photo::reused).toList());
        assertEquals(List.of(), ChatLine.of(List.of(), ReusedPhotos.CaseMarks.NONE, "en"));
    }
}
