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
                "2026-11-30T07:30:00.123Z", "-30m", "Escalated", "—", "", ""), line);
    }

    @Test
    void aCaseWithAReusedPhotoIsMarkedInEitherLanguage() {
        QueueRow plain = row(Duration.ofHours(1), Duration.ofHours(20), null);
        QueueRow reused = new QueueRow(8, "AR-8", DisputeReason.DAMAGED, Money.yuan(100), "shop-1", "店铺 One", 9,
                plain.escalatedAt(), plain.slaDueAt(), DisputeStatus.ESCALATED, null, null, null, List.of(), true);

        assertEquals(List.of("", "Photo also in another case"),
                QueueLine.of(List.of(plain, reused), NOW, "en").stream().map(QueueLine::reused).toList());
        assertEquals("图片在其他案件中出现过", QueueLine.of(List.of(reused), NOW, "zh").get(0).reused());
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
                countdown, status, assignee, "", "");
    }

    private static QueueRow row(DisputeStatus status, Duration sinceEscalation, Duration untilDue, Instant pausedAt,
            Instant stoppedAt, List<Party> noAnswerFrom) {
        return new QueueRow(7, "AR-7", DisputeReason.DAMAGED, Money.yuan(129_950), "shop-1", "Shop", 0,
                NOW.minus(sinceEscalation), NOW.plus(untilDue), status, "arbiter1", pausedAt, stoppedAt, noAnswerFrom);
    }

    /** A case waiting on a party shows its clock paused with the time it had left when the wait began. */
    @Test
    void aPausedCaseShowsTheTimeItHadLeftWhenItBeganToWait() {
        // Paused 10 h ago with 41 h left then: the due time is 31 h from now, and 41 h is what the line says.
        QueueRow paused = row(DisputeStatus.AWAITING_EVIDENCE, Duration.ofHours(20), Duration.ofHours(31),
                NOW.minus(Duration.ofHours(10)), null, List.of());
        QueueRow pausedLate = row(DisputeStatus.AWAITING_EVIDENCE, Duration.ofHours(80), Duration.ofHours(-3),
                NOW.minus(Duration.ofHours(1)), null, List.of());

        List<QueueLine> en = QueueLine.of(List.of(paused, pausedLate), NOW, "en");
        List<QueueLine> zh = QueueLine.of(List.of(paused), NOW, "zh");

        assertEquals("paused · 1d 17h left", en.get(0).countdown());
        assertEquals("paused", en.get(0).slaClass(), "a paused clock is neither due soon nor overdue");
        assertEquals("paused · 2h 0m overdue", en.get(1).countdown());
        assertEquals("overdue", en.get(1).slaClass(), "it was overdue when the wait began");
        assertEquals("已暂停 · 剩余1天17小时", zh.get(0).countdown());
    }

    /** A ruled, withdrawn or pending case says how its clock ended, not a countdown that keeps running. */
    @Test
    void anEndedClockSaysHowItEnded() {
        Instant ruledAt = NOW.minus(Duration.ofDays(2));
        QueueRow ruledInTime = row(DisputeStatus.RULED, Duration.ofDays(2).plusHours(31), Duration.ofDays(-1),
                null, ruledAt, List.of());
        QueueRow ruledLate = row(DisputeStatus.RULED, Duration.ofDays(5), Duration.ofDays(-3), null, NOW, List.of());
        QueueRow withdrawn = row(DisputeStatus.WITHDRAWN, Duration.ofDays(30), Duration.ofDays(-29),
                null, NOW.minus(Duration.ofDays(30)).plus(Duration.ofHours(12)), List.of());
        Instant pendingSince = Instant.parse("2026-11-29T12:13:00Z");
        QueueRow pending = row(DisputeStatus.PENDING_APPROVAL, Duration.ofHours(50), Duration.ofHours(22), null,
                pendingSince, List.of());

        List<QueueLine> en = QueueLine.of(List.of(ruledInTime, ruledLate, withdrawn, pending), NOW, "en");
        List<QueueLine> zh = QueueLine.of(List.of(ruledInTime, withdrawn, pending), NOW, "zh");

        assertEquals(List.of("ruled in 1d 7h, within SLA", "ruled in 5d 0h, past the SLA", "withdrawn after 12h 0m",
                "awaiting approval since 2026-11-29 20:13; ruled in 1d 6h, within SLA"),
                en.stream().map(QueueLine::countdown).toList());
        assertEquals(List.of("", "", "", ""), en.stream().map(QueueLine::slaClass).toList(), "an ended clock is not red");
        assertEquals(List.of("用时1天7小时裁决，未超时", "介入12小时0分钟后撤诉",
                "自2026-11-29 20:13起待审批；用时1天6小时裁决，未超时"), zh.stream().map(QueueLine::countdown).toList());
    }

    /** A case whose party let its evidence period pass carries the flag in both languages. */
    @Test
    void aMissedDeadlineFlagsTheLine() {
        QueueRow flagged = row(DisputeStatus.IN_REVIEW, Duration.ofHours(5), Duration.ofHours(60), null, null,
                List.of(Party.SELLER, Party.BUYER));

        assertEquals("No answer from the seller · No answer from the buyer",
                QueueLine.of(List.of(flagged), NOW, "en").get(0).flag());
        assertEquals("卖家逾期未举证 · 买家逾期未举证", QueueLine.of(List.of(flagged), NOW, "zh").get(0).flag());
        assertEquals("", QueueLine.of(List.of(row(Duration.ZERO, Duration.ofHours(9), null)), NOW, "en").get(0).flag());
    }
}
