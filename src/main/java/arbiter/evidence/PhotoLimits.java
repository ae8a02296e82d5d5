package arbiter.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What an uploaded photo may be (DESIGN.md, "Photos"). */
@ConfigMapping(prefix = "arbiter.photos")
public interface PhotoLimits {

    /** Bytes of one photo as uploaded. */
    @WithDefault("10485760")
    long maxBytes();

    /** Pixels, read from the header before anything is decoded. */
    @WithDefault("40000000")
    long maxPixels();

    /** Photos decoded at once; the rest wait, so a burst of uploads cannot exhaust the heap. */
    @WithDefault("2")
    int concurrentDecodes();

    /** Longer edge of the thumbnail and of the display size. */
    @WithDefault("320")
    int thumbnailEdge();

    @WithDefault("1600")
    int displayEdge();
}
