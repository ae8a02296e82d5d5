package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.audit.AuditAction;
import arbiter.audit.AuditTrail;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every keyset-paged list visits each row exactly once when "next" is followed to the end (issue 13, fault
 * 3), with ties on every sort key: rows equal to the microsecond, rows apart by microseconds within one
 * millisecond (the cursor once kept milliseconds), and equal amounts. Lists: the queue in every sort, with
 * and without filters; the seller's list of cases; the audit trail. Each walk follows the page's own
 * {@code rel=next} link, as a browser does, and fails on a page seen twice (a loop) or a row seen twice or
 * missed.
 */
@QuarkusTest
class KeysetPagingTest {

    /** The fixture's shop: seller1's, so that the seller's list holds the fixture too. */
    private static final String SHOP = "shop-1";
    private static final int ROWS = 130;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditTrail audit;

    private final String tag = "KP-" + UUID.randomUUID();
    /** The fixture's rows: id to case number, reason, amount in fen. */
    private final Map<Long, Object[]> fixture = new HashMap<>();

    @BeforeEach
    void disputesWithTiesOnEverySortKey() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("""
                    INSERT INTO shops (id, name, contact_email) VALUES ('shop-1', 'Shop 1', 'service@shop-1.example')
                    ON CONFLICT DO NOTHING""");
            // SLA due: 51 rows a microsecond apart within one millisecond, 49 rows at one equal instant, 30 apart.
            // Escalated: a third at one equal instant with a fraction, the others a microsecond apart.
            // Amount: 70 rows of 10.00, the others apart. Reasons alternate, so a reason filter cuts through ties.
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund,
                        buyer_statement, escalated_by, escalated_at, sla_due_at, status)
                    SELECT nextval('dispute_seq') * 1000 + g, ? || '-' || g, ? || '-' || g, 'x', ?,
                           '1', 'item', CASE WHEN g <= 70 THEN 1000 ELSE 1000 + g END, 'CNY',
                           now() - interval '10 days', 'b', 'n',
                           CASE WHEN g % 2 = 0 THEN 'QUALITY' ELSE 'DAMAGED' END, 1000, 's', 'BUYER',
                           CASE WHEN g % 3 = 0 THEN timestamptz '1999-12-01 00:00:00.000500+00'
                                ELSE timestamptz '1999-12-01 00:00:00+00' + g * interval '1 microsecond' END,
                           CASE WHEN g <= 51 THEN timestamptz '2000-01-01 00:00:00+00' + g * interval '1 microsecond'
                                WHEN g <= 100 THEN timestamptz '2000-01-01 00:00:00.000999+00'
                                ELSE timestamptz '2000-01-01 00:00:00+00' + g * interval '1 minute' END,
                           'ESCALATED'
                    FROM generate_series(1, ?) g
                    RETURNING id, case_no, reason, amount_paid""")) {
                insert.setString(1, tag);
                insert.setString(2, tag);
                insert.setString(3, SHOP);
                insert.setInt(4, ROWS);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        fixture.put(rows.getLong(1), new Object[] { rows.getString(2), rows.getString(3), rows.getLong(4) });
                    }
                }
            }
        }
        assertEquals(ROWS, fixture.size());
    }

    @AfterEach
    void removeTheFixture() throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement events = c.prepareStatement("DELETE FROM case_events WHERE external_id LIKE ?");
                PreparedStatement delete = c.prepareStatement("DELETE FROM disputes WHERE external_id LIKE ?")) {
            // The fixture's cases and the events claiming them wrote (the platform never saw these cases).
            events.setString(1, tag + "-%");
            events.executeUpdate();
            delete.setString(1, tag + "-%");
            delete.executeUpdate();
        }
    }

    @Test
    void theQueueInEverySortAndFilterVisitsEachCaseOnce() throws Exception {
        Map<String, Function<Object[], Boolean>> filters = Map.of(
                "status=ESCALATED", row -> true,
                "status=ESCALATED&reason=QUALITY", row -> row[1].equals("QUALITY"),
                "status=ESCALATED&min=10.00&max=10.50", row -> (Long) row[2] <= 1050,
                "status=ESCALATED&unassigned=1", row -> true);
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            for (QueueFilter.Sort sort : QueueFilter.Sort.values()) {
                for (Map.Entry<String, Function<Object[], Boolean>> filter : filters.entrySet()) {
                    String start = "/disputes?" + filter.getKey() + "&sort=" + sort.name().toLowerCase();
                    List<Long> seen = walk(browser, start, Pattern.compile("href=\"/disputes/(\\d+)\""));
                    assertEachOnce(seen, filter.getValue(), start);
                }
            }
        }
    }

    @Test
    void theSellersListVisitsEachCaseOnce() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("seller1", "demo");
            List<Long> seen = walk(browser, "/seller", Pattern.compile("href=\"/seller/disputes/(\\d+)\""));
            assertEachOnce(seen, row -> true, "/seller");
        }
    }

    @Test
    void theAuditTrailVisitsEachEventOnce() throws Exception {
        // 51 events at one instant, 51 a microsecond apart within one millisecond, 28 apart by seconds.
        Instant base = Instant.parse("2001-02-03T04:05:06.000100Z");
        SteppingClock clock = new SteppingClock();
        QuarkusMock.installMockForType(clock, Clock.class);
        long caseId = fixture.keySet().iterator().next();
        String caseNo = (String) fixture.get(caseId)[0];
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < ROWS; i++) {
                clock.now = i < 51 ? base : i < 102 ? base.plus(i, ChronoUnit.MICROS) : base.plusSeconds(i);
                audit.record(AuditAction.NOTE_ADDED, AuditTrail.Target.dispute(caseId), null, Map.of("i", "" + i));
            }
        });
        try (Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            List<Long> seen = walk(browser, "/supervision/audit?case=" + caseNo,
                    Pattern.compile("<td class=\"num\">(\\d+)</td>"));
            assertEquals(ROWS, seen.size(), "every event once: " + seen);
            assertEquals(ROWS, new LinkedHashSet<>(seen).size(), "no event twice");
        }
    }

    /** Follows {@code rel=next} from {@code start} to the last page; the ids that {@code row} finds, in order. */
    private static List<Long> walk(Browser browser, String start, Pattern row) throws Exception {
        List<Long> seen = new ArrayList<>();
        Set<String> pages = new LinkedHashSet<>();
        HtmlPage page = browser.openHtml(start);
        while (true) {
            String url = page.getUrl().toString();
            assertTrue(pages.add(url), "a page came round again: " + url);
            assertEquals(200, page.getWebResponse().getStatusCode(), url);
            Matcher m = row.matcher(page.getWebResponse().getContentAsString());
            while (m.find()) {
                seen.add(Long.parseLong(m.group(1)));
            }
            HtmlAnchor next = page.getFirstByXPath("//a[@rel='next']");
            if (next == null) {
                return seen;
            }
            assertTrue(pages.size() < 1000, "more than 1,000 pages from " + start);
            page = next.click();
        }
    }

    private void assertEachOnce(List<Long> seen, Function<Object[], Boolean> expected, String list) {
        List<Long> ours = seen.stream().filter(fixture::containsKey).toList();
        List<Long> wanted = fixture.entrySet().stream().filter(e -> expected.apply(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        assertEquals(ours.size(), new LinkedHashSet<>(ours).size(), list + ": a case seen twice");
        assertEquals(seen.size(), new LinkedHashSet<>(seen).size(), list + ": a case seen twice");
        assertEquals(wanted, ours.stream().sorted().toList(), list + ": each case of the fixture once");
    }

    /** A clock that stands where the test puts it. */
    static final class SteppingClock extends Clock {
        volatile Instant now = Instant.parse("2001-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
