package arbiter.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The configured ladder is DESIGN.md's, read from application.properties. */
@QuarkusTest
class PenaltyRulesTest {

    @Inject
    PenaltyRules rules;

    @Test
    void theConfiguredLadderIsTheOneOfTheDesign() {
        assertEquals(Ladder.standard(), rules.ladder());
        assertEquals(Duration.ofDays(15), rules.appealPeriod());
    }
}
