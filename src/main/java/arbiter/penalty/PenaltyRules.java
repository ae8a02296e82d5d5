package arbiter.penalty;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The penalty ladder and the seller's appeal period, as configuration ({@code arbiter.penalty.*} in
 * application.properties holds the defaults of DESIGN.md).
 */
@ConfigMapping(prefix = "arbiter.penalty")
public interface PenaltyRules {

    /** The points of each grade. */
    Map<PenaltyGrade, Integer> points();

    /** The thresholds and the measures they trigger. */
    List<Measure> measures();

    /** How long a shop has to appeal a penalty after its notice. */
    @WithDefault("15d")
    Duration appealPeriod();

    interface Measure {
        int threshold();

        ShopMeasure.Kind kind();

        /** Empty: until a supervisor lifts it. */
        Optional<Duration> duration();
    }

    default Ladder ladder() {
        return new Ladder(points(), measures().stream()
                .map(m -> new Ladder.Step(m.threshold(), m.kind(), m.duration()))
                .toList());
    }
}
