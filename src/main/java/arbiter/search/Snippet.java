package arbiter.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The piece of a matched text a result shows: up to {@link #WIDTH} characters around the first word of the query
 * found in it, cut with an ellipsis where the text goes on, every word of the query in it marked. The page writes
 * each part as text (escaped as any text) and a marked part inside {@code <mark>}, so nothing a party wrote becomes
 * markup.
 *
 * @param parts the snippet in order, marked and unmarked parts alternating
 */
public record Snippet(List<Part> parts) {

    /** Characters shown of a long text. */
    static final int WIDTH = 120;

    /** Characters shown before the first match when the text is cut. */
    static final int LEAD = 30;

    /** A run of the snippet's text; {@code marked} when it is a word of the query. */
    public record Part(String text, boolean marked) {
    }

    /**
     * The snippet of {@code text} for {@code words} (lower case; compared ignoring case, character by character, so
     * that positions in the text stay as they are).
     */
    static Snippet of(String text, List<String> words) {
        int first = text.length();
        for (String word : words) {
            int at = find(text, word, 0);
            if (at >= 0 && at < first) {
                first = at;
            }
        }
        int start = 0;
        if (text.length() > WIDTH && first != text.length()) {
            start = Math.max(0, Math.min(first - LEAD, text.length() - WIDTH));
        }
        int end = Math.min(text.length(), start + WIDTH);
        start = boundary(text, start);
        end = boundary(text, end);
        List<Part> parts = new ArrayList<>();
        if (start > 0) {
            parts.add(new Part("…", false));
        }
        int plain = start;
        int i = start;
        while (i < end) {
            String word = longestAt(text, i, end, words);
            if (word == null) {
                i++;
                continue;
            }
            if (plain < i) {
                parts.add(new Part(text.substring(plain, i), false));
            }
            parts.add(new Part(text.substring(i, i + word.length()), true));
            i += word.length();
            plain = i;
        }
        if (plain < end) {
            parts.add(new Part(text.substring(plain, end), false));
        }
        if (end < text.length()) {
            parts.add(new Part("…", false));
        }
        return new Snippet(List.copyOf(parts));
    }

    /** Whether {@code text} holds every one of {@code words}, ignoring case. */
    static boolean holdsAll(String text, List<String> words) {
        return text != null && words.stream().allMatch(w -> find(text, w, 0) >= 0);
    }

    private static String longestAt(String text, int at, int end, List<String> words) {
        String found = null;
        for (String word : words) {
            if (!word.isEmpty() && at + word.length() <= end && text.regionMatches(true, at, word, 0, word.length())
                    && (found == null || word.length() > found.length())) {
                found = word;
            }
        }
        return found;
    }

    private static int find(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
    }

    /** {@code at}, moved back off the second half of a surrogate pair so no character is cut in two. */
    private static int boundary(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
