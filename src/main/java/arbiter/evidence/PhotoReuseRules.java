package arbiter.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a photo counts as reused from another case (issue 17: reused photos). */
@ConfigMapping(prefix = "arbiter.photo-reuse")
public interface PhotoReuseRules {

    /**
     * The default of {@link #maxDistance()}, chosen on the corpus of {@code PerceptualHashTest}: every reused variant
     * there (re-encoded, halved, cropped, captioned, brightened) is at most 8 bits from its original, and 1,000
     * different photos of one product type then match in 0.05 % of their pairs (0.12 % at 10, the next step up, as
     * distances are even). On the demo's 200 cases, 10 would mark 68 cases as holding a nearly identical photo, most
     * of them drawings that merely look alike; 8 marks far fewer.
     */
    int DEFAULT_MAX_DISTANCE = 8;

    /**
     * Two photos of different bytes are "nearly identical" when their {@link PerceptualHash}es differ in at most this
     * many of their 64 bits (0–15: the lookup's index finds every photo up to 15).
     */
    @WithDefault("" + DEFAULT_MAX_DISTANCE)
    int maxDistance();
}
