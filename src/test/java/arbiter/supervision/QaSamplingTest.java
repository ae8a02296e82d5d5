package arbiter.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import arbiter.Sql;
import arbiter.intake.IntakeRequests;
import arbiter.supervision.QaSampling.QaRefused;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Drawing a QA sample from a period and reviewing it; every refusal changes nothing. */
@QuarkusTest
class QaSamplingTest {

    static final LocalDate DAY = LocalDate.of(2002, 5, 20);

    @Inject
    QaSampling sampling;

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void threeRulingsByOneArbitratorOnOneDay() {
        Sql.run(db, "DELETE FROM qa_reviews WHERE ruling_id IN (SELECT id FROM rulings WHERE arbitrator = 'qa-x')");
        Sql.run(db, "DELETE FROM rulings WHERE arbitrator = 'qa-x'");
        for (int i = 0; i < 3; i++) {
            Sql.run(db, "INSERT INTO rulings (id, dispute_id, outcome, refund_amount, currency, responsible_party,"
                    + " clause_code, clause_version, rationale, arbitrator, ruled_at, evidence_hashes, state,"
                    + " seconds_to_ruling, sla_met) VALUES (nextval('ruling_seq'), " + IntakeRequests.newCase()
                    + ", 'REJECTED', 0, 'CNY', 'BUYER', 'QUAL-1', 1, 'A ruling of the QA fixture here.', 'qa-x',"
                    + " '2002-05-20 12:00+08', '{}', 'EFFECTIVE', 600, true)");
        }
    }

    @Test
    void aSampleIsDrawnFromThePeriodReviewedOnceEachAndCountedPerArbitrator() {
        long events = Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'qa_sample'");
        long sample = sampling.draw("super1", DAY, DAY, "qa-x", 2);

        List<QaSampling.Item> items = sampling.items(sample, "super1");
        assertEquals(2, items.size());
        assertTrue(items.stream().noneMatch(QaSampling.Item::ownRuling), "super1 may review qa-x's rulings");
        assertTrue(sampling.items(sample, "qa-x").stream().allMatch(QaSampling.Item::ownRuling),
                "qa-x sees its own rulings as its own");
        assertTrue(items.stream().allMatch(i -> i.ruling().arbitrator.equals("qa-x")));
        assertEquals(2, items.stream().map(i -> i.ruling().id).distinct().count(), "no ruling twice");
        assertEquals(events + 1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'qa_sample'"),
                "one event for the draw");

        sampling.review(items.get(0).review().id, "super1", QaReview.Verdict.AGREE, "");
        sampling.review(items.get(1).review().id, "super1", QaReview.Verdict.DISAGREE, "The refund was due.");
        assertEquals(events + 3, Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'qa_sample'"),
                "one event per review");

        QaSampling.Agreement x = sampling.agreement(Instant.now().minusSeconds(60), Instant.now().plusSeconds(60))
                .stream().filter(a -> a.arbitrator().equals("qa-x")).findFirst().orElseThrow();
        assertEquals(2, x.reviewed());
        assertEquals(1, x.agreed());
        assertEquals(50, x.percent());
    }

    @Test
    void badDrawsAndReviewsAreRefusedAndChangeNothing() {
        long samples = Sql.number(db, "SELECT count(*) FROM qa_samples");
        assertEquals(QaRefused.Reason.SIZE, refusal(() -> sampling.draw("super1", DAY, DAY, null, 0)));
        assertEquals(QaRefused.Reason.ARBITRATOR,
                refusal(() -> sampling.draw("super1", DAY, DAY, "a".repeat(QaSampling.ARBITRATOR_MAX + 1), 5)));
        assertEquals(QaRefused.Reason.SIZE, refusal(() -> sampling.draw("super1", DAY, DAY, null, 201)));
        assertEquals(QaRefused.Reason.PERIOD, refusal(() -> sampling.draw("super1", DAY, DAY.minusDays(1), null, 5)));
        assertEquals(QaRefused.Reason.EMPTY, refusal(() -> sampling.draw("qa-x", DAY, DAY, "qa-x", 5)),
                "nobody samples their own rulings");
        assertEquals(samples, Sql.number(db, "SELECT count(*) FROM qa_samples"));

        long sample = sampling.draw("super1", DAY, DAY, "qa-x", 1);
        long review = sampling.items(sample, "super1").get(0).review().id;
        long events = Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'qa_sample'");
        assertEquals(QaRefused.Reason.COMMENT, refusal(() -> sampling.review(review, "super1",
                QaReview.Verdict.DISAGREE, " ")), "disagreeing says why");
        assertEquals(QaRefused.Reason.VERDICT, refusal(() -> sampling.review(review, "super1", null, "")));
        assertEquals(QaRefused.Reason.OWN_RULING, refusal(() -> sampling.review(review, "qa-x",
                QaReview.Verdict.AGREE, "")));
        sampling.review(review, "super1", QaReview.Verdict.AGREE, "");
        assertEquals(QaRefused.Reason.REVIEWED, refusal(() -> sampling.review(review, "super1",
                QaReview.Verdict.DISAGREE, "Second thoughts.")));
        assertEquals(events + 1, Sql.number(db, "SELECT count(*) FROM audit_events WHERE target_type = 'qa_sample'"),
                "only the one review");
        assertEquals("AGREE", Sql.text(db, "SELECT verdict FROM qa_reviews WHERE id = " + review));
    }

    @Test
    void aSupervisorDrawsAndReviewsOnThePages() throws Exception {
        try (arbiter.Browser browser = new arbiter.Browser()) {
            browser.signIn("super1", "demo");
            org.htmlunit.html.HtmlPage qa = browser.openHtml("/supervision/qa");
            org.htmlunit.html.HtmlForm draw = qa.getFirstByXPath("//form[@action='/supervision/qa']");
            draw.getInputByName("from").setValue(DAY.toString());
            draw.getInputByName("to").setValue(DAY.toString());
            draw.getInputByName("arbitrator").setValue("qa-x");
            draw.getInputByName("size").setValue("2");
            org.htmlunit.html.HtmlPage sample = draw.<org.htmlunit.html.HtmlButton> getFirstByXPath(".//button").click();
            String text = sample.asNormalizedText();
            assertTrue(text.contains("The sample is drawn") && text.contains("A ruling of the QA fixture here."), text);

            org.htmlunit.html.HtmlForm review = sample.getFirstByXPath("//form[contains(@action, '/supervision/qa/reviews/')]");
            review.<org.htmlunit.html.HtmlRadioButtonInput> getFirstByXPath(".//input[@value='DISAGREE']").setChecked(true);
            org.htmlunit.html.HtmlPage empty = review.<org.htmlunit.html.HtmlButton> getFirstByXPath(".//button").click();
            assertTrue(empty.asNormalizedText().contains("Say why you disagree"), "disagreeing without a comment");

            review = empty.getFirstByXPath("//form[contains(@action, '/supervision/qa/reviews/')]");
            review.<org.htmlunit.html.HtmlRadioButtonInput> getFirstByXPath(".//input[@value='AGREE']").setChecked(true);
            org.htmlunit.html.HtmlPage saved = review.<org.htmlunit.html.HtmlButton> getFirstByXPath(".//button").click();
            assertTrue(saved.asNormalizedText().contains("Review saved."), saved.asNormalizedText());
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM qa_reviews q JOIN rulings r ON r.id = q.ruling_id"
                    + " WHERE r.arbitrator = 'qa-x' AND q.verdict = 'AGREE' AND q.reviewer = 'super1'"));
        }
    }

    private static QaRefused.Reason refusal(Runnable action) {
        return assertThrows(QaRefused.class, action::run).reason;
    }
}
