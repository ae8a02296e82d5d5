package arbiter.penalty;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateExtension;

/**
 * A grade's points as pages show them, {@code {grade.points}}: from the configured ladder
 * ({@code arbiter.penalty.points.*}, DESIGN "Penalties"), so that a page never states other points than the ladder
 * books. A grade's label names the grade only.
 */
@TemplateExtension
public class GradeTemplateExtensions {

    /** The points {@code grade} adds under the configured ladder. */
    static int points(PenaltyGrade grade) {
        return Arc.container().instance(PenaltyRules.class).get().ladder().pointsOf(grade);
    }
}
