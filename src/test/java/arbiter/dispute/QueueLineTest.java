package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import arbiter.money.Money;
import io.quarkus.test.junit.QuarkusTest;

/** The queue table's lines: each cell worded in the page's language and timed at the request, in one pass. */
@QuarkusTest
class QueueLineTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00.123456Z");

    @Inject
    SlaRules sla;

    private static QueueRow row(Duration sinceEscalation, Duration untilDue, String assignee) {
        return new QueueRow(7, "AR-7", DisputeReason.DAMAGED, Money.yuan(129_950), "shop-1", "店铺 One", 9,
                NOW.minus(sinceEscalation), NOW.plus(untilDue), DisputeStatus.ESCALATED, assignee);
    }

    @Test
    void anEnglishLineWordsEveryCellAsTheCasePageDoes() {
        QueueLine line = QueueLine.of(List.of(row(Duration.ofHours(76), Duration.ofMinutes(-30), null)), NOW, "en")
                .get(0);

        assertEquals(new QueueLine("overdue", 7, "AR-7", "Damaged", "¥1,299.50", "店铺 One", 9, "3d 4h",
                "2026-11-30T07:30:00.123Z", "-30m", "Escalated", "—"), line);
    }

    @Test
    void aChineseLineUsesTheChineseBundle() {
        QueueLine line = QueueLine.of(List.of(row(Duration.ofMinutes(125), Duration.ofDays(2).plusHours(5), "arbiter1")),
                NOW, "zh").get(0);

        assertEquals("商品破损", line.reason());
        assertEquals("待受理", line.status());
        assertEquals("2小时5分钟", line.age());
        assertEquals("2天5小时", line.countdown());
        assertEquals("arbiter1", line.assignee());
        assertEquals("", line.slaClass());
    }

    @Test
    void aCaseDueWithinTheWarningWindowIsMarkedDueSoon() {
        Duration inside = sla.warning().minusMinutes(1);
        Duration outside = sla.warning().plusMinutes(1);

        List<QueueLine> lines = QueueLine.of(List.of(row(Duration.ZERO, inside, null), row(Duration.ZERO, outside, null),
                row(Duration.ZERO, Duration.ofSeconds(-1), null)), NOW, "en");

        assertEquals(List.of("due-soon", "", "overdue"), lines.stream().map(QueueLine::slaClass).toList());
        assertEquals("0m", lines.get(0).age(), "less than a minute reads as none, never as a negative length");
    }

    /**
     * The rendered rows are kept under {@link QueueLine#cacheKey}: equal lines make equal keys, and any difference
     * in any cell (also text moved from one cell to the next, or a missing text against the word "null") makes
     * another.
     */
    @Test
    void theRowsCacheKeyTellsApartEveryDifferenceInTheLines() {
        QueueLine line = keyed("", 7, "AR-7", "Damaged", 9, "2h", "Escalated", "—");
        assertEquals(QueueLine.cacheKey(List.of(line)),
                QueueLine.cacheKey(List.of(keyed("", 7, "AR-7", "Damaged", 9, "2h", "Escalated", "—"))));

        List<QueueLine> different = List.of(
                keyed("overdue", 7, "AR-7", "Damaged", 9, "2h", "Escalated", "—"),
                keyed("", 8, "AR-7", "Damaged", 9, "2h", "Escalated", "—"),
                keyed("", 7, "AR-7D", "amaged", 9, "2h", "Escalated", "—"),
                keyed("", 7, "AR-7", "Damaged", 10, "2h", "Escalated", "—"),
                keyed("", 7, "AR-7", "Damaged", 9, "1h", "Escalated", "—"),
                keyed("", 7, "AR-7", "Damaged", 9, "2h", "In review", "arbiter1"),
                keyed("", 7, "AR-7", "Damaged", 9, "2h", "Escalated", null),
                keyed("", 7, "AR-7", "Damaged", 9, "2h", "Escalated", "null"));
        java.util.Set<String> keys = new java.util.HashSet<>();
        keys.add(QueueLine.cacheKey(List.of(line)));
        different.forEach(d -> keys.add(QueueLine.cacheKey(List.of(d))));
        assertEquals(different.size() + 1, keys.size(), "every difference makes another key");
        assertEquals(QueueLine.cacheKey(List.of(line, line)).length(), 2 * QueueLine.cacheKey(List.of(line)).length());
    }

    /** A line that differs from the others only in the cells given (amount, shop, age and due time stay). */
    private static QueueLine keyed(String slaClass, long id, String caseNo, String reason, int shopPoints,
            String countdown, String status, String assignee) {
        return new QueueLine(slaClass, id, caseNo, reason, "¥1.00", "Shop", shopPoints, "1h", "2026-11-30T08:00:00Z",
                countdown, status, assignee);
    }
}
