package arbiter.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import arbiter.system.BadValue;
import io.quarkus.qute.TemplateData;

/**
 * What was typed into the search box, read: the text without surrounding space, and its words (split at white
 * space, lower-cased), each of which a matching text must hold (issue 16, "Search"). Control characters never get
 * here: {@code web/InputGuard} refuses them for every query parameter ({@code system/ClientInput}).
 *
 * @param text the query as typed, stripped; compared whole with the identifiers
 * @param words its words in lower case (Locale.ROOT), in the order typed, without repeats
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public record SearchQuery(String text, List<String> words) {

    /** The longest query read, in characters: longer than any identifier or phrase one would type. */
    public static final int MAX_LENGTH = 200;

    /** The most words a query may have; each word is a condition on every candidate text. */
    public static final int MAX_WORDS = 10;

    /**
     * The query in {@code q}; null when there is none to run (absent or only space: the empty search form).
     *
     * @throws Invalid when it is longer than {@link #MAX_LENGTH} characters or has more than {@link #MAX_WORDS} words
     */
    public static SearchQuery parse(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new Invalid(Invalid.Reason.TOO_LONG, "A search of " + text.length() + " characters");
        }
        List<String> words = Arrays.stream(text.split("\\s+")).map(w -> w.toLowerCase(Locale.ROOT)).distinct()
                .toList();
        if (words.size() > MAX_WORDS) {
            throw new Invalid(Invalid.Reason.TOO_MANY_WORDS, "A search of " + words.size() + " words");
        }
        return new SearchQuery(text, words);
    }

    /**
     * Where the previous page of results ended: the id of its last case, as {@code after=} carries it; null for the
     * first page.
     *
     * @throws Invalid when it is not a positive whole number
     */
    public static Long parseAfter(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(after.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new Invalid(Invalid.Reason.BAD_POSITION, "Not a page position: " + after);
    }

    /** A search that cannot be run or answered; the page says why beside the search box. Nothing was changed. */
    public static final class Invalid extends BadValue {

        /** What is wrong with the search. */
        public enum Reason {
            TOO_LONG,
            TOO_MANY_WORDS,
            BAD_POSITION,
            /** Nothing wrong with it, but it took too long to answer: fewer cases should match. */
            TOO_BROAD
        }

        public final Reason reason;

        public Invalid(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }
    }
}
