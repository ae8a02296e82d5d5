package arbiter.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGStatement;

import arbiter.dispute.DisputeStatus;
import arbiter.dispute.SlaClock;
import io.agroal.api.AgroalDataSource;

/**
 * The search read model (issue 16, "Search"): cases found by their identifiers and by the words written in them,
 * reading across features on purpose, as one query must: disputes and shops (identifiers, buyer's nick, item title,
 * buyer's statement, shop name), the chat, evidence captions and party statements (evidence) and staff notes
 * (dispute). Named in ArchitectureTest's read models.
 *
 * <p>
 * Identifiers are compared whole with the query by btree equality. Texts are found through the GIN indexes of V21
 * (search_tokens: lower-cased Latin words, overlapping CJK pairs) and re-checked on the text itself: a text matches
 * when it holds every word of the query, ignoring case. Each source yields at most a page of distinct cases beyond
 * the cursor, newest first, so a query's work is bounded by the page size and not by how many cases match; the
 * page is the newest of their union. Keyset paging by case id (ids are given in order of arrival), no OFFSET.
 *
 * <p>
 * A seller's search ({@code shopId} given) looks only at the shop's cases, and only where their own case page
 * looks ({@link SearchField#sellerMaySee()}): never at staff notes.
 */
@ApplicationScoped
public class CaseSearch {

    /** The index expression of disputes_words_idx (V21), written exactly so the planner matches it. */
    static final String DISPUTE_WORDS = "search_tokens(d.buyer_nick || E'\\x1f' || d.item_title || E'\\x1f'"
            + " || d.buyer_statement)";

    /**
     * The longest a search may run, in seconds: the plans of V21 answer in milliseconds, but a word common long ago
     * and rare since may be looked for through many rows; the searcher is then asked for a narrower query instead of
     * holding a connection.
     */
    static final int TIMEOUT_SECONDS = 3;

    /** PostgreSQL's SQLSTATE for a statement cancelled by its timeout. */
    private static final String QUERY_CANCELED = "57014";

    /** How many shops a query may find by name before their cases are read. */
    static final int SHOPS_BY_NAME = 50;

    @Inject
    AgroalDataSource dataSource;

    /**
     * The one case an identifier names exactly (case number, in any letter case; order number; for staff also the
     * platform's {@code externalId}), if it names exactly one of the cases the searcher may see.
     *
     * @param shopId the seller's shop, or null for staff
     */
    public Optional<Long> exactCase(SearchQuery query, String shopId) {
        String sql = "SELECT d.id FROM disputes d WHERE (d.case_no IN (?, ?) OR d.order_no = ?"
                + (shopId == null ? " OR d.external_id = ?) " : ") AND d.shop_id = ?") + " LIMIT 2";
        List<Object> values = new ArrayList<>(List.of(query.text(), query.text().toUpperCase(java.util.Locale.ROOT),
                query.text()));
        values.add(shopId == null ? query.text() : shopId);
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, values);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the case named could not be looked up", e);
        }
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    /**
     * A page of the cases matching {@code query}, newest first, from after the case {@code after} (null: from the
     * newest).
     *
     * @param shopId the seller's shop, or null for staff
     * @param size cases a page, at least 1
     * @throws SearchQuery.Invalid (TOO_BROAD) when the search runs longer than {@link #TIMEOUT_SECONDS}
     */
    public SearchResults.Page find(SearchQuery query, String shopId, Long after, int size) {
        try (Connection c = dataSource.getConnection()) {
            String tsquery = tsquery(c, query);
            Sources sources = new Sources(query, tsquery, shopId, after == null ? Long.MAX_VALUE : after, size + 1);
            String statement = """
                    WITH hits (dispute_id, field, text) AS MATERIALIZED (%s),
                    top AS (SELECT dispute_id FROM hits GROUP BY dispute_id ORDER BY dispute_id DESC LIMIT %d)
                    SELECT d.id, d.case_no, d.status, s.name, d.item_title, d.escalated_at, d.sla_due_at,
                           d.sla_paused_at, d.sla_stopped_at, h.field, h.text
                    FROM top JOIN disputes d ON d.id = top.dispute_id JOIN shops s ON s.id = d.shop_id
                    JOIN hits h ON h.dispute_id = d.id
                    ORDER BY d.id DESC, h.field""".formatted(String.join("\nUNION ALL\n", sources.parenthesised()), size + 1);
            try (PreparedStatement s = c.prepareStatement(statement)) {
                // Planned with its values every time: how common the words are decides between the word index
                // and walking the newest cases, and a generic plan would not know.
                s.unwrap(PGStatement.class).setPrepareThreshold(0);
                s.setQueryTimeout(TIMEOUT_SECONDS);
                bind(s, sources.values);
                try (ResultSet r = s.executeQuery()) {
                    return page(r, query, shopId, size);
                }
            }
        } catch (SQLException e) {
            if (QUERY_CANCELED.equals(e.getSQLState())) {
                throw new SearchQuery.Invalid(SearchQuery.Invalid.Reason.TOO_BROAD,
                        "A search that took over " + TIMEOUT_SECONDS + " s: " + query.words());
            }
            throw new IllegalStateException("the search could not be run", e);
        }
    }

    /** The query's word tokens as V21's search_query makes them, or null when it has none. */
    private static String tsquery(Connection c, SearchQuery query) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT search_query(?)::text")) {
            s.setString(1, query.text());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static SearchResults.Page page(ResultSet r, SearchQuery query, String shopId, int size)
            throws SQLException {
        Map<Long, SearchResults.CaseFound> cases = new LinkedHashMap<>();
        while (r.next()) {
            long id = r.getLong(1);
            SearchResults.CaseFound found = cases.computeIfAbsent(id, key -> {
                try {
                    DisputeStatus status = DisputeStatus.valueOf(r.getString(3));
                    var escalated = r.getTimestamp(6).toInstant();
                    SlaClock clock = new SlaClock(status, escalated, r.getTimestamp(7).toInstant(),
                            instant(r.getTimestamp(8)), instant(r.getTimestamp(9)), null);
                    return new SearchResults.CaseFound(id, r.getString(2), status, r.getString(4), r.getString(5),
                            escalated, clock, new ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            matches(r.getString(10), r.getString(11), query, shopId).forEach(m -> {
                if (found.matches().stream().noneMatch(known -> known.field() == m.field())) {
                    found.matches().add(m);
                }
            });
        }
        List<SearchResults.CaseFound> list = new ArrayList<>(cases.values());
        Long next = null;
        if (list.size() > size) {
            list = list.subList(0, size);
            next = list.get(size - 1).id();
        }
        return new SearchResults.Page(List.copyOf(list), next);
    }

    /** The matches of one hit: the disputes' three texts come as one, separated by U+001F. */
    private static List<SearchResults.Match> matches(String source, String text, SearchQuery query, String shopId) {
        if (!source.equals("DISPUTE")) {
            SearchField field = SearchField.valueOf(source);
            List<String> words = switch (field) {
                case CASE_NO, EXTERNAL_ID, ORDER_NO, BUYER_ID, SHOP_ID -> List.of(text.toLowerCase(java.util.Locale.ROOT));
                default -> query.words();
            };
            return List.of(new SearchResults.Match(field, Snippet.of(text, words)));
        }
        String[] parts = text.split("\u001f", 3);
        List<SearchResults.Match> found = new ArrayList<>();
        SearchField[] fields = { SearchField.BUYER_NICK, SearchField.ITEM_TITLE, SearchField.STATEMENT };
        for (int i = 0; i < parts.length; i++) {
            if ((shopId == null || fields[i].sellerMaySee()) && Snippet.holdsAll(parts[i], query.words())) {
                found.add(new SearchResults.Match(fields[i], Snippet.of(parts[i], query.words())));
            }
        }
        return found;
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static void bind(PreparedStatement s, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            s.setObject(i + 1, values.get(i));
        }
    }

    /**
     * The sources of hits as SQL, each {@code (dispute_id, field, text)} and at most {@code limit} distinct cases
     * below {@code before}, newest first; with the values of their {@code ?} in order. Only constants go into the
     * text; the query's text, words and tokens and the shop are bound.
     */
    private static final class Sources {

        final List<String> sql = new ArrayList<>();
        final List<Object> values = new ArrayList<>();
        private final List<String> words;

        Sources(SearchQuery query, String tsquery, String shopId, long before, int limit) {
            this.words = query.words();
            String page = " ORDER BY d.id DESC LIMIT " + limit;
            // Identifiers, whole.
            source("SELECT d.id, 'CASE_NO', d.case_no FROM disputes d WHERE d.case_no IN (?, ?) AND d.id < ?",
                    query.text(), query.text().toUpperCase(java.util.Locale.ROOT), before);
            shop(shopId);
            source("SELECT d.id, 'ORDER_NO', d.order_no FROM disputes d WHERE d.order_no = ? AND d.id < ?",
                    query.text(), before);
            shop(shopId);
            append(page);
            if (shopId == null) {
                source("SELECT d.id, 'EXTERNAL_ID', d.external_id FROM disputes d WHERE d.external_id = ? AND d.id < ?",
                        query.text(), before);
                source("SELECT d.id, 'BUYER_ID', d.buyer_id FROM disputes d WHERE d.buyer_id = ? AND d.id < ?" + page,
                        query.text(), before);
                source("SELECT d.id, 'SHOP_ID', d.shop_id FROM disputes d WHERE d.shop_id = ? AND d.id < ?" + page,
                        query.text(), before);
            }
            if (tsquery == null) {
                return;
            }
            // Texts: candidates from the word indexes, each checked on its text.
            source("SELECT d.id, 'DISPUTE', d.buyer_nick || E'\\x1f' || d.item_title || E'\\x1f' || d.buyer_statement"
                    + " FROM disputes d WHERE " + DISPUTE_WORDS + " @@ ?::tsquery AND d.id < ? AND (", tsquery, before);
            if (shopId == null) {
                holds("d.buyer_nick");
                append(" OR ");
            }
            holds("d.item_title");
            append(" OR ");
            holds("d.buyer_statement");
            append(")");
            shop(shopId);
            append(page);
            text("CHAT", "chat_messages", "x.body", "x.position", "", tsquery, shopId, before, limit);
            text("CAPTION", "evidence_items", "x.caption", "x.id", " AND x.caption IS NOT NULL", tsquery, shopId,
                    before, limit);
            text("PARTY_STATEMENT", "party_statements", "x.body", "x.id", "", tsquery, shopId, before, limit);
            if (shopId == null) {
                text("NOTE", "case_notes", "x.body", "x.id", "", tsquery, null, before, limit);
                source("SELECT * FROM (SELECT c.id, 'SHOP_NAME', s.name FROM (SELECT s.id, s.name FROM shops s"
                        + " WHERE search_tokens(s.name) @@ ?::tsquery AND ", tsquery);
                holds("s.name");
                append(" LIMIT " + SHOPS_BY_NAME + ") s CROSS JOIN LATERAL (SELECT d.id FROM disputes d"
                        + " WHERE d.shop_id = s.id AND d.id < ?" + page + ") c ORDER BY c.id DESC LIMIT " + limit
                        + ") n", before);
            }
        }

        /**
         * A text column of a case's table: its latest matching row of each case (so {@code limit} rows are
         * {@code limit} cases), found by the column's word index.
         */
        private void text(String field, String table, String column, String order, String condition, String tsquery,
                String shopId, long before, int limit) {
            source("SELECT * FROM (SELECT DISTINCT ON (x.dispute_id) x.dispute_id, '" + field + "', " + column
                    + " FROM " + table + " x");
            if (shopId != null) {
                append(" JOIN disputes d ON d.id = x.dispute_id AND d.shop_id = ?", shopId);
            }
            append(" WHERE search_tokens(" + column + ") @@ ?::tsquery AND x.dispute_id < ?" + condition + " AND ",
                    tsquery, before);
            holds(column);
            append(" ORDER BY x.dispute_id DESC, " + order + " DESC LIMIT " + limit + ") "
                    + field.toLowerCase(java.util.Locale.ROOT));
        }

        /**
         * The column holds every word of the query, ignoring case: one strpos a word, which the planner runs before
         * the costlier tokenising when it walks a table's newest rows instead of reading the word index.
         */
        private void holds(String column) {
            List<String> each = new ArrayList<>();
            for (String word : words) {
                each.add("strpos(lower(" + column + "), ?) > 0");
                values.add(word);
            }
            append("(" + String.join(" AND ", each) + ")");
        }

        private void shop(String shopId) {
            if (shopId != null) {
                append(" AND d.shop_id = ?", shopId);
            }
        }

        /** Starts the next source. */
        private void source(String text, Object... textValues) {
            sql.add("");
            append(text, textValues);
        }

        /** Adds to the source begun last. */
        private void append(String text, Object... textValues) {
            int last = sql.size() - 1;
            sql.set(last, sql.get(last) + text);
            values.addAll(List.of(textValues));
        }

        /** The sources, each in parentheses, for a UNION ALL. */
        List<String> parenthesised() {
            return sql.stream().map(source -> "(" + source + ")").toList();
        }
    }
}
