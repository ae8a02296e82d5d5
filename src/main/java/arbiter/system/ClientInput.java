package arbiter.system;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The one policy for what clients may send as text and as times, whichever door it comes through (a page's
 * form, a query string, a path, the platform's JSON).
 *
 * <p>
 * <b>Text.</b> A control character (Unicode category Cc: U+0000–U+001F and U+007F–U+009F) other than tab,
 * line feed and carriage return, or a lone surrogate, is <em>refused</em>, not stripped: PostgreSQL cannot
 * store U+0000 at all, the others are invisible on a page and in a CSV cell, and silently changing what a
 * party or the platform said would change evidence. The request is answered 400 naming the field, and
 * nothing is stored.
 *
 * <p>
 * <b>Times.</b> An instant or day outside {@link #EARLIEST} to {@link #LATEST} is refused: PostgreSQL's
 * range is wider, but nothing in an arbitration happens outside it, and sums (a due time, a period's end)
 * must never overflow.
 */
public final class ClientInput {

    /** The earliest time a client may name: the Unix epoch (UTC). */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** The latest time a client may name: the start of the year 10000 (UTC), excluded. */
    public static final Instant LATEST = Instant.parse("+10000-01-01T00:00:00Z");

    private ClientInput() {
    }

    /** The first character of {@code text} the policy refuses, as {@code U+0000}; empty when it has none. */
    public static Optional<String> refusedCharacter(String text) {
        if (text == null) {
            return Optional.empty();
        }
        // A plain loop: every query parameter and form field of every request passes here, and acceptable text
        // (nearly all of it) then costs no allocation.
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (isRefused(c)) {
                return Optional.of(String.format("U+%04X", c));
            }
            i += Character.charCount(c);
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds nothing the policy refuses. */
    public static boolean isAcceptable(String text) {
        return refusedCharacter(text).isEmpty();
    }

    static boolean isRefused(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n' || codePoint == '\r') {
            return false;
        }
        return Character.getType(codePoint) == Character.CONTROL || Character.getType(codePoint) == Character.SURROGATE;
    }

    /** Whether a client's instant is within {@link #EARLIEST} (included) and {@link #LATEST} (excluded). */
    public static boolean isInRange(Instant at) {
        return at != null && !at.isBefore(EARLIEST) && at.isBefore(LATEST);
    }

    /** Whether a client's day is within the years 1970 to 9999. */
    public static boolean isInRange(LocalDate day) {
        return day != null && day.getYear() >= 1970 && day.getYear() <= 9999;
    }

    /**
     * {@code text} as a log line may show it: in quotes, each refused character as {@code \\u0000}, cut to 120
     * characters, so a client cannot forge or break log lines.
     */
    public static String quoted(String text) {
        if (text == null) {
            return "(none)";
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().limit(120).forEach(c -> {
            if (isRefused(c) || c == '\n' || c == '\r' || c == '\t' || c == '"') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(text.codePointCount(0, text.length()) > 120 ? "\"…" : "\"").toString();
    }

    /** {@code text} without the characters the policy refuses: what a person may send again after a refusal. */
    public static String withoutRefused(String text) {
        return text == null ? null
                : text.codePoints().filter(c -> !isRefused(c))
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * A client's value the policy refuses. {@code field} names it as the client sent it (a form field, a query
     * parameter, a JSON path). When it came in a page's form, {@code form} holds what was typed, so the page that
     * refuses it can give it back beside its message instead of losing it.
     */
    public static final class Refused extends RuntimeException {

        private final String field;
        private final String character;
        private final SubmittedForm form;

        public Refused(String field, String character) {
            this(field, character, null);
        }

        public Refused(String field, String character, SubmittedForm form) {
            super(field + " holds the control character " + character + ", which is not accepted", null, false,
                    false);
            this.field = field;
            this.character = character;
            this.form = form;
        }

        /** The form it came in, or null (a query parameter, a path, JSON). */
        public SubmittedForm form() {
            return form;
        }

        public String field() {
            return field;
        }

        public String character() {
            return character;
        }
    }

    /**
     * A page's form as it was sent: where to ({@code action}, a path of the portal), whether it carried files
     * (which cannot be given back), and its text fields in order, each without the refused characters and with
     * the first refused one it held, or null.
     */
    public record SubmittedForm(String action, boolean withFiles, java.util.List<TextField> fields) {
    }

    /** One text field of a {@link SubmittedForm}; {@code refused} is like {@code U+0000}, or null. */
    public record TextField(String name, String value, String refused) {

        /** The fields whose label the error pages know; the others are shown by name. */
        static final java.util.Set<String> LABELLED = java.util.Set.of("body", "note", "rationale", "statement",
                "caption", "reason", "comment");

        /** The message key of the field's label ({@code field_note}), or null when it has none. */
        public String labelKey() {
            return LABELLED.contains(name) ? "field_" + name : null;
        }

        /** Prose fields and long or multi-line text are given back in a text area, the rest in a one-line field. */
        public boolean isLong() {
            return LABELLED.contains(name) || value.length() > 80 || value.indexOf('\n') >= 0;
        }
    }
}
