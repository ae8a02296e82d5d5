package arbiter.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import arbiter.system.ClientInput;
import io.quarkus.qute.TemplateData;

/**
 * Which audit events a supervisor asks for, as the audit page's URL states it: by actor, action, case number,
 * shop and period (days in the platform's zone, both ends included), and where the page starts. Malformed
 * values are refused ({@link Invalid}; the page answers 400), never silently dropped: an audit answer must not be wider than
 * its question.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public record AuditFilter(String actor, AuditAction action, String caseNo, String shopId, LocalDate from,
        LocalDate to, Position before) {

    /** Where a page starts: just before this event (its time in microseconds, and its id), newest first. */
    public record Position(long micros, long id) {

        public static Position of(java.time.Instant at, long id) {
            return new Position(java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, at), id);
        }

        public java.time.Instant at() {
            return java.time.Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS);
        }

        @Override
        public String toString() {
            return micros + "_" + id;
        }
    }

    /** The longest actor, case number or shop id a filter takes. */
    public static final int NAME_MAX = 100;

    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1," + NAME_MAX + "}");

    public static AuditFilter parse(String actor, String action, String caseNo, String shop, String from, String to,
            String before) {
        LocalDate fromDay = day(from);
        LocalDate toDay = day(to);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            throw new Invalid(Invalid.Reason.PERIOD_REVERSED);
        }
        return new AuditFilter(name(actor, Invalid.Reason.ACTOR), action(action), name(caseNo, Invalid.Reason.CASE),
                name(shop, Invalid.Reason.SHOP),
                fromDay, toDay, position(before));
    }

    /** The query string of this filter, from its first page or from before the event {@code before}. */
    public String query(Position before) {
        List<String> parts = new ArrayList<>();
        add(parts, "actor", actor);
        add(parts, "action", action == null ? null : action.name());
        add(parts, "case", caseNo);
        add(parts, "shop", shopId);
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "before", before == null ? null : before.toString());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    public AuditFilter before(Position position) {
        return new AuditFilter(actor, action, caseNo, shopId, from, to, position);
    }

    /** A filter that cannot be read; {@code reason} says which value is wrong. Nothing is read with it. */
    public static final class Invalid extends RuntimeException {

        /** What is wrong: a name-like value that is not one, or a day, an action or a page position. */
        public enum Reason {
            ACTOR,
            CASE,
            SHOP,
            ACTION,
            DAY,
            PERIOD_REVERSED,
            POSITION
        }

        public final Reason reason;

        Invalid(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String name(String value, Invalid.Reason field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (!NAME.matcher(trimmed).matches()) {
            throw new Invalid(field);
        }
        return trimmed;
    }

    private static AuditAction action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Invalid(Invalid.Reason.ACTION);
        }
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new Invalid(Invalid.Reason.DAY);
        }
        if (!ClientInput.isInRange(day)) {
            throw new Invalid(Invalid.Reason.DAY);
        }
        return day;
    }

    private static Position position(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.strip().split("_", -1);
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            long micros = Long.parseLong(parts[0]);
            long id = Long.parseLong(parts[1]);
            if (id < 1) {
                throw new NumberFormatException();
            }
            Position position = new Position(micros, id);
            if (!ClientInput.isInRange(position.at())) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new Invalid(Invalid.Reason.POSITION);
        }
    }
}
