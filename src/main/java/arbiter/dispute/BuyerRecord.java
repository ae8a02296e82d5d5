package arbiter.dispute;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The buyer's record beside a case (issue 17, "The parties' record"): the buyer's <em>other</em> disputes on the
 * platform, against any shop, escalated in the last {@code recent.days} and {@code longer.days} days (90 and 365 by
 * default, {@link RecordRules.Buyer}), with what became of each, the reasons they gave, and links to the latest.
 *
 * <p>
 * The definitions, as the page states them:
 * <ul>
 * <li>A dispute belongs to the period in which it was <em>escalated</em> (its {@code escalated_at}), whatever happened
 * to it later; a recent dispute may still be open, and the period's figures grow as those are ruled.</li>
 * <li>The case on the page is not counted: the record is what the buyer did before and besides it.</li>
 * <li>A case the platform withdrew as a duplicate of another is not counted; any other withdrawal counts as
 * withdrawn after escalation ({@link DisputeResult#WITHDRAWN}).</li>
 * <li>Refunded means ruled in effect with a full or partial forced refund; the share refunded is refunded ÷ ruled
 * ({@link DisputeTally#refundPercent()}).</li>
 * </ul>
 * Counts about the buyer that are not counts of their disputes (the photos of theirs reused in other cases, which the
 * reused-photo detection will give) belong here as fields of their own, read in the same statement
 * ({@link PartyRecords}).
 *
 * @param buyerId the buyer's id on the platform
 * @param recent the buyer's other disputes of the shorter period
 * @param longer the buyer's other disputes of the longer period
 * @param reasons the reasons those of the longer period gave, the most frequent first
 * @param latest the latest of those, newest first (at most {@link RecordRules.Buyer#casesListed()})
 * @param reusedPhotoCases how many of the longer period's hold a photo the buyer sent that is also in another case,
 *        the same or nearly identical (issue 17: V23's reuse clusters)
 * @param repeatRefunds the repeat-refund flag with the numbers that raised it; empty when the buyer is not flagged
 */
public record BuyerRecord(String buyerId, PartyRecords.Window recent, PartyRecords.Window longer,
        List<PartyRecords.ReasonCount> reasons, List<CaseLink> latest, long reusedPhotoCases,
        Optional<RepeatRefunds> repeatRefunds) {

    /** Every status, so that the queue lists all the buyer's cases, not only the open ones. */
    private static final String ALL_STATUSES = Arrays.stream(DisputeStatus.values())
            .map(s -> "&status=" + s.name()).collect(Collectors.joining());

    /**
     * One of the buyer's other cases, to open from the record.
     *
     * @param id the dispute's id
     * @param caseNo its case number ({@code AR-2026-0000042})
     * @param reason the reason the buyer gave
     * @param result where it stands
     * @param escalatedAt when it was escalated (UTC instant)
     */
    public record CaseLink(long id, String caseNo, DisputeReason reason, DisputeResult result, Instant escalatedAt) {

        /** The case page's path. */
        public String path() {
            return "/disputes/" + id;
        }
    }

    /**
     * The buyer is flagged for repeat refunds (a buyer with many refunds in a short time): {@code refunds} of their
     * other disputes escalated in the last {@code days} days were refunded, at least the {@code threshold} that raises
     * the flag ({@link RecordRules.RepeatRefunds}).
     */
    public record RepeatRefunds(long refunds, int days, int threshold) {

        /** The flag for these refunds of the last {@code days} days: present from {@code threshold} refunds on. */
        public static Optional<RepeatRefunds> of(long refunds, int days, int threshold) {
            return refunds >= threshold ? Optional.of(new RepeatRefunds(refunds, days, threshold)) : Optional.empty();
        }
    }

    /** The queue's path listing every case of this buyer, in every status (the queue's buyer filter). */
    public String queuePath() {
        return "/disputes?buyer=" + URLEncoder.encode(buyerId, StandardCharsets.UTF_8) + ALL_STATUSES;
    }

    /** Whether the buyer has other disputes in the longer period. */
    public boolean any() {
        return longer.tally().disputes() > 0;
    }
}
