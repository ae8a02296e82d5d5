package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import org.htmlunit.FormEncodingType;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;

import arbiter.Browser;
import arbiter.Sql;
import arbiter.dispute.CaseClaims;
import arbiter.intake.IntakeRequests;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Text pasted with an invisible control character (a vertical tab, as word processors put in for a line break)
 * is refused with 400, stores nothing, and comes back on the page beside the message, without the character,
 * ready to send again: a long note or rationale is never lost.
 */
@QuarkusTest
class RefusedTextIsGivenBackTest {

    @Inject
    CaseClaims claims;

    @Inject
    AgroalDataSource db;

    @Test
    void aNoteWithAControlCharacterComesBackBesideItsMessageAndCanBeSentAgain() throws Exception {
        long id = IntakeRequests.newCase();
        claims.claim(id, "arbiter1");
        try (Browser browser = new Browser()) {
            browser.signIn("arbiter1", "demo");
            WebRequest request = new WebRequest(new URL(Browser.PORTAL + "/disputes/" + id + "/notes"), HttpMethod.POST);
            request.setEncodingType(FormEncodingType.URL_ENCODED);
            request.setCharset(StandardCharsets.UTF_8);
            request.setRequestParameters(List.of(new NameValuePair("csrf-token", browser.csrfToken()),
                    new NameValuePair("body", "Courier confirmed the weight.\u000bParcel was 2.1 kg at pickup.")));
            HtmlPage refused = browser.client().getPage(request);

            assertEquals(400, refused.getWebResponse().getStatusCode());
            String text = refused.asNormalizedText();
            assertTrue(text.contains("\"body\" holds an invisible control character (U+000B)"), text);
            assertTrue(text.contains("Here was the invisible character U+000B; it has been taken out."), text);
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM case_notes WHERE dispute_id = " + id), "nothing stored");

            HtmlForm again = refused.getFirstByXPath("//form[@action='/disputes/" + id + "/notes']");
            assertEquals("Courier confirmed the weight.Parcel was 2.1 kg at pickup.",
                    again.getTextAreaByName("body").getText());
            HtmlPage sent = again.getOneHtmlElementByAttribute("button", "type", "submit").click();
            assertEquals(200, sent.getWebResponse().getStatusCode());
            assertEquals("Courier confirmed the weight.Parcel was 2.1 kg at pickup.",
                    Sql.text(db, "SELECT body FROM case_notes WHERE dispute_id = " + id));
        }
    }
}
