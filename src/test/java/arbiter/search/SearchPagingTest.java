package arbiter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Issue 16, "Search": results are keyset-paged like the queue, the newest case first. */
@QuarkusTest
class SearchPagingTest {

    @Inject
    AgroalDataSource db;

    /**
     * 45 cases share a word, in their item title or in their chat (alternately, so two sources feed the pages):
     * three pages of 20, 20 and 5 follow each other by their "next" links, every case once, newest first.
     */
    @Test
    void pagesFollowEachOtherWithoutGapOrDuplicate() throws Exception {
        String word = SearchedCases.english();
        String tag = "SP-" + java.util.UUID.randomUUID();
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("""
                    INSERT INTO shops (id, name, contact_email) VALUES ('shop-fixture', 'Fixture shop', 'f@x.example')
                    ON CONFLICT DO NOTHING""");
            try (PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO disputes (id, case_no, external_id, content_hash, shop_id, order_no, item_title,
                        amount_paid, currency, paid_at, buyer_id, buyer_nick, reason, requested_refund,
                        buyer_statement, escalated_by, escalated_at, sla_due_at, status)
                    SELECT nextval('dispute_seq') * 1000 + g, ? || '-' || g, ? || '-' || g, 'x', 'shop-fixture',
                           '1', CASE WHEN g % 2 = 0 THEN 'Coat ' || ? ELSE 'Coat' END, 1000, 'CNY',
                           now() - interval '10 days', 'b', 'n', 'QUALITY', 1000, 's', 'BUYER', now(),
                           now() + interval '3 days', 'ESCALATED'
                    FROM generate_series(1, 45) g
                    RETURNING id""")) {
                insert.setString(1, tag);
                insert.setString(2, tag);
                insert.setString(3, word);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement chat = c.prepareStatement("""
                    INSERT INTO chat_messages (id, dispute_id, position, sent_at, sender, body)
                    SELECT nextval('chat_message_seq') * 1000 + p, d.id, p, now(), 'BUYER',
                           CASE WHEN p = 2 THEN 'the ' || ? || ' again' ELSE 'hello' END
                    FROM disputes d, generate_series(1, 3) p
                    WHERE d.external_id LIKE ? AND d.item_title = 'Coat'""")) {
                chat.setString(1, word);
                chat.setString(2, tag + "-%");
                chat.executeUpdate();
            }
        }
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            HtmlPage page = browser.openHtml(SearchedCases.path("/search", word));
            List<Long> seen = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            while (true) {
                List<Long> onPage = SearchedCases.lines(page).stream()
                        .map(l -> Long.parseLong(l.href().replace("/disputes/", ""))).toList();
                sizes.add(onPage.size());
                seen.addAll(onPage);
                HtmlAnchor next = page.getFirstByXPath("//a[@rel='next']");
                if (next == null) {
                    break;
                }
                assertTrue(next.getHrefAttribute().matches("/search\\?q=" + word + "&after=\\d+"), next.getHrefAttribute());
                page = next.click();
            }
            assertEquals(List.of(20, 20, 5), sizes);
            assertEquals(45, new HashSet<>(seen).size(), "no case twice");
            List<Long> expected = new ArrayList<>(ids);
            expected.sort(Comparator.reverseOrder());
            assertEquals(expected, seen, "every case, the newest first");
            HtmlPage last = browser.openHtml("/search?q=" + word + "&after=" + expected.get(44));
            assertTrue(SearchedCases.lines(last).isEmpty());
            assertNull(last.getFirstByXPath("//a[@rel='next']"));
        } finally {
            Sql.run(db, "DELETE FROM chat_messages WHERE dispute_id IN (SELECT id FROM disputes WHERE external_id LIKE '"
                    + tag + "-%')");
            Sql.run(db, "DELETE FROM disputes WHERE external_id LIKE '" + tag + "-%'");
        }
    }
}
