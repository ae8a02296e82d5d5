package arbiter.ruling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a ruling needs a supervisor's approval before it takes effect (DESIGN.md, "Four eyes"). */
@ConfigMapping(prefix = "arbiter.ruling")
public interface RulingRules {

    /** A refund of at least this many fen (¥5,000) waits for approval. */
    @WithDefault("500000")
    long approvalRefundFen();

    /** A penalty whose measure has at least this threshold (the 36- and 48-point ones) waits for approval. */
    @WithDefault("36")
    int approvalMeasureThreshold();
}
