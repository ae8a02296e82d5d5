package arbiter.evidence;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The evidence period (举证期) of DESIGN.md: how long a party has to answer a request for evidence. */
@ConfigMapping(prefix = "arbiter.evidence")
public interface EvidenceRules {

    /** From the request to its deadline. */
    @WithDefault("72h")
    Duration deadline();

    /** The seller's deadline is at least this far after new buyer evidence, to answer it. */
    @WithDefault("24h")
    Duration sellerAfterBuyerEvidence();

    /** Photos a party may send with one answer. */
    @WithDefault("8")
    int photosPerAnswer();

    /**
     * A party with an open request is reminded by mail this long before its deadline, once (DESIGN "Evidence
     * deadline"); a request made with less time than this left gets no reminder, its request mail being as recent.
     */
    @WithDefault("24h")
    Duration reminderBefore();

    /** How often the portal looks for requests whose deadline has passed. */
    @WithDefault("1m")
    Duration deadlineCheck();

    /**
     * Arbiter keeps no buyer contact details: a request to a buyer goes to the order platform's mailbox
     * for buyer notices, which forwards it through the platform's own messages.
     */
    @WithDefault("buyer-notices@platform.example")
    String buyerNoticeAddress();
}
