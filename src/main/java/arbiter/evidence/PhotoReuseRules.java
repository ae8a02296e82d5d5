package arbiter.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a photo counts as reused from another case (issue 17: reused photos). */
@ConfigMapping(prefix = "arbiter.photo-reuse")
public interface PhotoReuseRules {

    /** The default of {@link #maxDistance()}, chosen on the corpus of {@code PerceptualHashTest}. */
    int DEFAULT_MAX_DISTANCE = 10;

    /**
     * Two photos of different bytes are "nearly identical" when their {@link PerceptualHash}es differ in at most this
     * many of their 64 bits (0–15: the lookup's index finds every photo up to 15).
     */
    @WithDefault("" + DEFAULT_MAX_DISTANCE)
    int maxDistance();
}
