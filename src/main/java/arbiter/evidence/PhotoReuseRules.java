package arbiter.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a photo counts as reused from another case (issue 17: reused photos). */
@ConfigMapping(prefix = "arbiter.photo-reuse")
public interface PhotoReuseRules {

    /**
     * The default of {@link #maxDistance()}, chosen on the corpus of {@code PerceptualHashTest}: every reused variant
     * there (re-encoded, halved, cropped, captioned, brightened) is at most 8 bits from its original, so 10 leaves a
     * margin of one step (distances are even); 1,000 different photos of one product type then match in 0.12 % of
     * their pairs, against 0.05 % at 8.
     */
    int DEFAULT_MAX_DISTANCE = 10;

    /**
     * Two photos of different bytes are "nearly identical" when their {@link PerceptualHash}es differ in at most this
     * many of their 64 bits (0–15: the lookup's index finds every photo up to 15).
     */
    @WithDefault("" + DEFAULT_MAX_DISTANCE)
    int maxDistance();
}
