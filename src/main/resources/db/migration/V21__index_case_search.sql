-- The one search box (issue 16): cases found by their identifiers and by the words of what was written in them.
--
-- Identifiers by btree equality: case_no and external_id are unique already; order numbers, buyers and shops get
-- an index each, the latter two leading to the dispute id, the order of the results (newest case first), so the
-- newest cases of a busy shop or buyer are read from the index without sorting all of them.
--
-- Text by words, in Chinese and English. pg_trgm needs three characters to use its index, and Chinese is written
-- without spaces, so text is cut into tokens here instead: lower-cased runs of Latin letters and digits (cut to 60
-- characters), and for each run of CJK characters its overlapping pairs plus its last character. A query of two or
-- more CJK characters asks for its pairs, so it matches inside a longer word; a single character asks for the
-- tokens that begin with it (every CJK character of a text starts a pair or ends its run), so one character still
-- finds what it should. Only the first 10,000 characters of a text are cut (chat lines are at most 2,000, notes
-- 4,000). The tokens are a tsvector without positions, indexed by GIN on the expression: nothing is stored twice in
-- the tables and no entity changes. The search re-checks each candidate on the real text (every word of the query
-- as a case-insensitive substring), which is also where the page's snippet is cut.

CREATE FUNCTION search_tokens(content text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT array_to_tsvector(ARRAY(
    SELECT DISTINCT t.token
    FROM regexp_matches(lower(left(content, 10000)),
                        '[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+',
                        'g') AS m(run)
    CROSS JOIN LATERAL (
        SELECT left(m.run[1], 60) WHERE m.run[1] ~ '^[0-9a-z\u00c0-\u024f]'
        UNION ALL
        SELECT substr(m.run[1], i, 2) FROM generate_series(1, char_length(m.run[1]) - 1) i
        WHERE m.run[1] !~ '^[0-9a-z\u00c0-\u024f]'
        UNION ALL
        SELECT right(m.run[1], 1) WHERE m.run[1] !~ '^[0-9a-z\u00c0-\u024f]'
    ) AS t(token)))
$$;

-- What a query asks of search_tokens: every Latin word whole, every pair of its CJK runs, a lone CJK character as the
-- prefix of a token; all of them (AND). NULL when the query has no token (only punctuation, say): then only the
-- identifiers are looked up.
CREATE FUNCTION search_query(query text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT string_agg(DISTINCT quote_literal(t.token) || t.suffix, ' & ')::tsquery
FROM regexp_matches(lower(left(query, 10000)),
                    '[0-9a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+',
                    'g') AS m(run)
CROSS JOIN LATERAL (
    SELECT left(m.run[1], 60), '' WHERE m.run[1] ~ '^[0-9a-z\u00c0-\u024f]'
    UNION ALL
    SELECT substr(m.run[1], i, 2), '' FROM generate_series(1, char_length(m.run[1]) - 1) i
    WHERE m.run[1] !~ '^[0-9a-z\u00c0-\u024f]'
    UNION ALL
    SELECT m.run[1], ':*' WHERE m.run[1] !~ '^[0-9a-z\u00c0-\u024f]' AND char_length(m.run[1]) = 1
) AS t(token, suffix)
$$;

CREATE INDEX disputes_order_no_idx ON disputes (order_no);
CREATE INDEX disputes_buyer_idx ON disputes (buyer_id, id);
CREATE INDEX disputes_shop_id_idx ON disputes (shop_id, id);

-- The buyer's nick, the item title and the buyer's statement as one text, separated by U+001F, a control character
-- no client text holds (system/ClientInput), so no word or pair spans two fields. The search names this expression
-- exactly, as the planner matches it to the index.
CREATE INDEX disputes_words_idx ON disputes
    USING gin (search_tokens(buyer_nick || E'\x1f' || item_title || E'\x1f' || buyer_statement));
CREATE INDEX shops_words_idx ON shops USING gin (search_tokens(name));
CREATE INDEX chat_messages_words_idx ON chat_messages USING gin (search_tokens(body));
CREATE INDEX evidence_items_words_idx ON evidence_items USING gin (search_tokens(caption)) WHERE caption IS NOT NULL;
CREATE INDEX party_statements_words_idx ON party_statements USING gin (search_tokens(body));
CREATE INDEX case_notes_words_idx ON case_notes USING gin (search_tokens(body));

-- Whether a word is common decides the plan: a common word is found soonest by walking the newest rows (the page is
-- full after a few hundred), a rare one through the word index. The planner knows a word's frequency only if ANALYZE
-- kept it: with the default target it keeps about 1,000 tokens, so a rare word looks as common as the least common of
-- those and the walk through millions of rows is chosen. Ten times as many are kept for the word indexes (a sample
-- of 300,000 rows; ANALYZE of 3,000,000 chat lines then takes about 20 s, in the background).
ALTER INDEX disputes_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX shops_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX chat_messages_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX evidence_items_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX party_statements_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
ALTER INDEX case_notes_words_idx ALTER COLUMN 1 SET STATISTICS 1000;
