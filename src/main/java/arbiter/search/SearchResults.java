package arbiter.search;

import java.time.Instant;
import java.util.List;

import arbiter.dispute.DisputeStatus;
import arbiter.dispute.SlaClock;

/** What a search found: one page of cases, newest first, each with where it matched. */
public final class SearchResults {

    private SearchResults() {
    }

    /**
     * One page of cases found.
     *
     * @param cases the page's cases, the newest case (highest id) first
     * @param next the id to ask for the next page after ({@code after=}), or null on the last page
     */
    public record Page(List<CaseFound> cases, Long next) {
    }

    /**
     * A case found, with the facts a result line shows and every place it matched (one per field, the latest
     * matching chat line, caption, statement or note).
     *
     * @param escalatedAt when the case was escalated (UTC)
     * @param clock the case's SLA clock as the queue reads it (without the move past days off)
     */
    public record CaseFound(long id, String caseNo, DisputeStatus status, String shopName, String itemTitle,
            Instant escalatedAt, SlaClock clock, List<Match> matches) {
    }

    /** Where a case matched, and the text there, cut and marked. */
    public record Match(SearchField field, Snippet snippet) {
    }
}
