package arbiter.dispute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.PageStatements;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** The queue as an arbitrator pages through it, and what the pages cost the database. */
@QuarkusTest
class QueuePageTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PageStatements pageStatements;

    @Test
    void keysetPagesFollowEachOtherWithoutGapOrOverlap() throws Exception {
        try (QueueFixture fixture = new QueueFixture(dataSource, 120); Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            HtmlPage first = browser.openHtml("/disputes?status=ESCALATED");
            List<String> firstCases = caseLinks(first);
            HtmlAnchor next = first.getFirstByXPath("//a[@rel='next']");
            assertTrue(next.getHrefAttribute().contains("after="), next.getHrefAttribute());
            List<String> secondCases = caseLinks(next.click());

            assertEquals(50, firstCases.size());
            assertEquals(50, secondCases.size());
            List<String> both = new ArrayList<>(firstCases);
            both.addAll(secondCases);
            assertEquals(100, new HashSet<>(both).size(), "no case on both pages");
            List<String> expected = fixture.ids.subList(0, 100).stream().map(id -> "/disputes/" + id).toList();
            assertEquals(expected, both, "the 100 most urgent, in SLA order");
        }
    }

    @Test
    void malformedFiltersAreRefused() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            for (String bad : List.of("status=LOST", "reason=BORED", "min=abc", "min=-5", "min=1.005", "sort=mood",
                    "after=xyz")) {
                assertEquals(400, browser.open("/disputes?" + bad).getWebResponse().getStatusCode(), bad);
            }
        }
    }

    /** The seller's list of disputes reads the same page positions: a malformed one is a 400 page, not a 500. */
    @Test
    void aSellersMalformedPagePositionIsRefused() throws Exception {
        try (Browser browser = new Browser()) {
            browser.signIn("seller1", "demo");
            for (String bad : List.of("xyz", "1_", "_1", "99999999999999999999_1", "1_abc")) {
                var response = browser.open("/seller?after=" + bad).getWebResponse();
                assertEquals(400, response.getStatusCode(), bad);
                assertEquals("text/html", response.getContentType(), bad);
            }
        }
    }

    @Test
    void queuePageAndCasePageNeedAFixedNumberOfStatements() throws Exception {
        try (QueueFixture fixture = new QueueFixture(dataSource, 60); Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            long queueStatements = pageStatements.of(browser, "/disputes");
            long caseStatements = pageStatements.of(browser, "/disputes/" + fixture.ids.get(0));

            assertTrue(queueStatements <= 4, "queue page of 50 rows: " + queueStatements + " statements");
            assertTrue(caseStatements <= 8, "case page: " + caseStatements + " statements");
        }
    }

    /**
     * The queue's rows are kept rendered (a Qute cached section keyed by their texts): a row shows every change to its
     * case on the next load, also a change back to what an earlier load showed, and the filter's reason and the
     * status counts follow the request.
     */
    @Test
    void theRowsShownFollowEveryChangeToTheirCases() throws Exception {
        try (QueueFixture fixture = new QueueFixture(dataSource, 3); Browser browser = new Browser()) {
            browser.signIn("super1", "demo");
            long id = fixture.ids.get(0);
            String row = "//a[@href='/disputes/" + id + "']/ancestor::tr";

            assertTrue(rowText(browser, row).endsWith("Escalated —"), rowText(browser, row));
            fixture.claim(id, "arbiter2");
            assertTrue(rowText(browser, row).endsWith("In review arbiter2"), rowText(browser, row));
            fixture.release(id);
            assertTrue(rowText(browser, row).endsWith("Escalated —"), "back as it was: " + rowText(browser, row));

            HtmlPage damaged = browser.openHtml("/disputes?reason=DAMAGED");
            List<String> selected = damaged.<org.htmlunit.html.HtmlOption> getByXPath("//select[@name='reason']/option")
                    .stream().filter(o -> o.isSelected()).map(o -> o.getValueAttribute()).toList();
            assertEquals(List.of("DAMAGED"), selected);
            assertEquals(1, damaged.getByXPath("//form[@action='/disputes/next' and @method='post' and @class='inline']")
                    .size(), "the form tag writes the class it was given");
        }
    }

    private static String rowText(Browser browser, String row) throws Exception {
        return browser.openHtml("/disputes").<org.htmlunit.html.HtmlElement> getFirstByXPath(row).asNormalizedText()
                .replaceAll("\\s+", " ");
    }

    @Test
    void sellerAndAnonymousGetNothingFromACase() throws Exception {
        try (QueueFixture fixture = new QueueFixture(dataSource, 1);
                Browser seller = new Browser();
                Browser anonymous = new Browser()) {
            seller.signIn("seller1", "demo");
            assertEquals(403, seller.open("/disputes/" + fixture.ids.get(0)).getWebResponse().getStatusCode());
            anonymous.client().getOptions().setRedirectEnabled(false);
            assertEquals(302, anonymous.open("/disputes/" + fixture.ids.get(0)).getWebResponse().getStatusCode());
        }
    }

    @Test
    void takeNextOpensTheMostUrgentCaseHeldByTheArbitrator() throws Exception {
        try (QueueFixture fixture = new QueueFixture(dataSource, 2); Browser browser = new Browser()) {
            HtmlPage queue = browser.signIn("arbiter1", "demo");
            queue = browser.openHtml("/disputes");
            HtmlPage opened = queue.<org.htmlunit.html.HtmlButton> getFirstByXPath(
                    "//form[@action='/disputes/next']//button").click();

            assertEquals(Browser.PORTAL + "/disputes/" + fixture.ids.get(0), opened.getUrl().toString());
            assertEquals("IN_REVIEW:arbiter1", fixture.statusOf(fixture.ids.get(0)));
            assertTrue(opened.asNormalizedText().contains("Release"), "the holder may release it");
        }
    }

    /**
     * j moves the selection and the focus to the next row's link; Enter is then the browser's own on the
     * focused link (HtmlUnit does not follow a link on Enter: QueueKeyboardTest presses it in Chromium).
     */
    @Test
    void keyboardMovesTheFocusThroughTheQueueToTheCaseToOpen() throws Exception {
        try (QueueFixture fixture = new QueueFixture(dataSource, 3); Browser browser = new Browser()) {
            browser.signIn("arbiter2", "demo");
            browser.client().getOptions().setJavaScriptEnabled(true);
            HtmlPage queue = browser.openHtml("/disputes?status=ESCALATED");
            browser.client().waitForBackgroundJavaScript(1000);

            queue.getDocumentElement().type('j');
            ((org.htmlunit.html.HtmlElement) queue.getFocusedElement()).type('j');
            HtmlAnchor focused = (HtmlAnchor) queue.getFocusedElement();
            assertEquals("/disputes/" + fixture.ids.get(1), focused.getHrefAttribute(), "the second row, after j twice");
            HtmlPage opened = focused.click();
            assertEquals(Browser.PORTAL + "/disputes/" + fixture.ids.get(1), opened.getUrl().toString());
        }
    }

    private static List<String> caseLinks(HtmlPage page) {
        List<String> links = new ArrayList<>();
        for (Object anchor : page.getByXPath("//table[contains(@class,'queue')]//td[1]/a")) {
            links.add(((HtmlAnchor) anchor).getHrefAttribute());
        }
        return links;
    }
}
