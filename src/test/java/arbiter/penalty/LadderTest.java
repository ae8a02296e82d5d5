package arbiter.penalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ladder of DESIGN.md at its edges. */
class LadderTest {

    private final Ladder ladder = Ladder.standard();

    @ParameterizedTest(name = "{0} points + {1} -> {2}, measure at {3}")
    @CsvSource({
            // before, grade, after, threshold of the measure (0: none)
            "11, MINOR,    13, 12", // crossing 12 triggers the 12-point measure
            "10, CRITICAL, 58, 48", // crossing 12, 24, 36 and 48: only the heaviest applies
            "12, MINOR,    14, 0", // already past 12: nothing new
            "0,  WARNING,  0,  0", // a warning costs no points
            "8,  GENERAL,  12, 12", // reaching the threshold exactly counts
            "23, SERIOUS,  35, 24",
            "30, SERIOUS,  42, 36",
            "47, MINOR,    49, 48",
            "60, CRITICAL, 108, 0" }) // sealed already: no further measure
    void aPenaltyTriggersTheHeaviestThresholdItCrosses(int before, PenaltyGrade grade, int after, int threshold) {
        Ladder.Impact impact = ladder.impact(before, grade);

        assertEquals(after, impact.pointsAfter());
        assertEquals(threshold, impact.measure().map(Ladder.Step::threshold).orElse(0));
    }

    @Test
    void measuresCarryTheirKindAndDuration() {
        assertEquals(new Ladder.Step(12, ShopMeasure.Kind.RESTRICTION, Optional.of(Duration.ofDays(7))),
                ladder.impact(11, PenaltyGrade.MINOR).measure().orElseThrow());
        assertEquals(new Ladder.Step(36, ShopMeasure.Kind.CLOSURE, Optional.of(Duration.ofDays(21))),
                ladder.impact(35, PenaltyGrade.MINOR).measure().orElseThrow());
        assertTrue(ladder.impact(10, PenaltyGrade.CRITICAL).measure().orElseThrow().duration().isEmpty(),
                "a seal lasts until a supervisor lifts it");
    }

    @Test
    void aLadderWithoutEveryGradeIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Ladder(Map.of(PenaltyGrade.MINOR, 2), List.of()));
    }
}
