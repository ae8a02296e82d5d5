package arbiter.penalty;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The penalty ladder as a rule: the points of each grade and the measures their sum triggers. A penalty
 * triggers the measures whose threshold it crosses (points before below it, after at or above it); when it
 * crosses several, only the heaviest applies (DESIGN.md, "Graded seller penalties").
 */
public record Ladder(Map<PenaltyGrade, Integer> points, List<Step> steps) {

    /** A threshold and the measure it brings; no duration means until a supervisor lifts it. */
    public record Step(int threshold, ShopMeasure.Kind kind, Optional<Duration> duration) {
    }

    /** What a penalty does to a shop: its points before and after, and the measure it triggers, if any. */
    public record Impact(PenaltyGrade grade, int pointsBefore, int pointsAfter, Optional<Step> measure) {

        public int added() {
            return pointsAfter - pointsBefore;
        }
    }

    public Ladder {
        if (!points.keySet().containsAll(List.of(PenaltyGrade.values()))) {
            throw new IllegalArgumentException("every grade needs its points: " + points);
        }
        points = Map.copyOf(new EnumMap<>(points));
        steps = steps.stream().sorted(Comparator.comparingInt(Step::threshold)).toList();
    }

    /** The defaults of DESIGN.md. */
    public static Ladder standard() {
        return new Ladder(Map.of(PenaltyGrade.WARNING, 0, PenaltyGrade.MINOR, 2, PenaltyGrade.GENERAL, 4,
                PenaltyGrade.SERIOUS, 12, PenaltyGrade.CRITICAL, 48),
                List.of(
                        new Step(12, ShopMeasure.Kind.RESTRICTION, Optional.of(Duration.ofDays(7))),
                        new Step(24, ShopMeasure.Kind.RESTRICTION, Optional.of(Duration.ofDays(14))),
                        new Step(36, ShopMeasure.Kind.CLOSURE, Optional.of(Duration.ofDays(21))),
                        new Step(48, ShopMeasure.Kind.SEAL, Optional.empty())));
    }

    public int pointsOf(PenaltyGrade grade) {
        return points.get(grade);
    }

    /** The impact of a penalty of {@code grade} on a shop that has {@code pointsBefore} this year. */
    public Impact impact(int pointsBefore, PenaltyGrade grade) {
        int after = pointsBefore + pointsOf(grade);
        Optional<Step> heaviest = steps.stream()
                .filter(step -> pointsBefore < step.threshold() && after >= step.threshold())
                .reduce((lighter, heavier) -> heavier);
        return new Impact(grade, pointsBefore, after, heaviest);
    }
}
