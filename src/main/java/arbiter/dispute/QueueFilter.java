package arbiter.dispute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import arbiter.system.BadValue;

/**
 * A view of the queue as its URL states it (so it can be bookmarked and shared): which cases, in which order,
 * from where. Malformed values are refused with 400 rather than silently ignored.
 */
@io.quarkus.qute.TemplateData(namespace = io.quarkus.qute.TemplateData.SIMPLENAME)
public record QueueFilter(Set<DisputeStatus> statuses, DisputeReason reason, Long minFen, Long maxFen, boolean mine,
        boolean unassigned, boolean dueSoon, String shop, String buyer, Sort sort, Cursor after) {

    /** The longest shop or buyer id the filter reads, as the intake API accepts them. */
    public static final int ID_MAX = 64;

    /** A shop id as the intake API accepts it (DESIGN "Intake API", {@code seller.shopId}). */
    private static final java.util.regex.Pattern SHOP_ID = java.util.regex.Pattern
            .compile("[A-Za-z0-9._-]{1," + ID_MAX + "}");

    public enum Sort {
        SLA,
        AMOUNT,
        ESCALATED
    }

    /**
     * A reason as the filter's choice offers it, marked when it is the one filtered by. Computed here rather than
     * compared in the template's loop: see {@link QueuePage.StatusCount}.
     */
    public record ReasonOption(DisputeReason reason, boolean selected) {
    }

    /** Every reason, in the order of {@link DisputeReason}, the filtered one selected. */
    public List<ReasonOption> reasonOptions() {
        return Arrays.stream(DisputeReason.values()).map(r -> new ReasonOption(r, r == reason)).toList();
    }

    /**
     * Where the previous page ended: the sort key's value and the id, both of its last row. The key of a time
     * sort is the instant in microseconds since 1970 (UTC), the precision PostgreSQL keeps, so that rows
     * within one millisecond are neither repeated nor skipped; of the amount sort, the amount in fen.
     */
    public record Cursor(long key, long id) {

        /** The cursor key of an instant: whole microseconds since 1970, as PostgreSQL stores it. */
        static long micros(java.time.Instant instant) {
            return java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, instant);
        }

        /** The instant of a time sort's key. */
        java.time.Instant instant() {
            return instantOf(key);
        }

        /** The instant of {@code micros} microseconds since 1970 (UTC), a time sort's key. */
        static java.time.Instant instantOf(long micros) {
            return java.time.Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS);
        }

        static Cursor parse(String text) {
            String[] parts = text.split("_", -1);
            try {
                return new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw new Invalid("Not a page position: " + text);
            }
        }

        /**
         * A time sort's cursor as a URL gives it ({@code <microseconds>_<id>}), or null for none; raises
         * {@link Invalid} when malformed or outside the times a client may give.
         */
        public static Cursor parseTimeKeyed(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Cursor cursor = parse(text);
            if (!arbiter.system.ClientInput.isInRange(cursor.instant())) {
                throw new Invalid("Not a page position: " + text);
            }
            return cursor;
        }

        @Override
        public String toString() {
            return key + "_" + id;
        }
    }

    /**
     * {@link #parse(List, String, String, String, String, String, String, String, String, String, String)} without shop or
     * buyer.
     */
    public static QueueFilter parse(List<String> status, String reason, String min, String max, String mine,
            String unassigned, String due, String sort, String after) {
        return parse(status, reason, min, max, mine, unassigned, due, null, null, sort, after);
    }

    /**
     * The view a queue URL states; a blank value is no condition.
     *
     * @param shop a shop id: only its cases (issue 16)
     * @param buyer a buyer's platform id: only their cases (issue 16)
     * @throws Invalid for an unknown status, reason or sort, an amount that is not one, a shop id that is not one
     *         (letters, digits and {@code . _ -}, at most {@link #ID_MAX}), a buyer id over {@link #ID_MAX}
     *         characters, or a malformed page position
     */
    public static QueueFilter parse(List<String> status, String reason, String min, String max, String mine,
            String unassigned, String due, String shop, String buyer, String sort, String after) {
        Set<DisputeStatus> statuses = status == null || status.isEmpty()
                ? EnumSet.copyOf(DisputeQueue.OPEN)
                : status.stream().map(s -> parseEnum(DisputeStatus.class, s, "status"))
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DisputeStatus.class)));
        Sort order = blank(sort) ? Sort.SLA : parseEnum(Sort.class, sort.toUpperCase(java.util.Locale.ROOT), "sort");
        Cursor cursor;
        if (order != Sort.AMOUNT) {
            cursor = Cursor.parseTimeKeyed(after);
        } else {
            cursor = blank(after) ? null : Cursor.parse(after);
        }
        return new QueueFilter(statuses,
                blank(reason) ? null : parseEnum(DisputeReason.class, reason, "reason"),
                fen(min), fen(max), "1".equals(mine), "1".equals(unassigned), "soon".equals(due), shop(shop),
                buyer(buyer), order, cursor);
    }

    private static String shop(String shop) {
        if (blank(shop)) {
            return null;
        }
        if (!SHOP_ID.matcher(shop.strip()).matches()) {
            throw new Invalid("Not a shop id: " + shop);
        }
        return shop.strip();
    }

    private static String buyer(String buyer) {
        if (blank(buyer)) {
            return null;
        }
        if (buyer.strip().length() > ID_MAX) {
            throw new Invalid("Not a buyer id: " + buyer);
        }
        return buyer.strip();
    }

    /** The query string of this view, from its first page or from {@code cursor}. */
    public String query(Cursor cursor) {
        Map<String, String> params = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>();
        if (!statuses.equals(EnumSet.copyOf(DisputeQueue.OPEN))) {
            statuses.forEach(s -> parts.add("status=" + s.name()));
        }
        if (reason != null) {
            params.put("reason", reason.name());
        }
        if (minFen != null) {
            params.put("min", BigDecimal.valueOf(minFen, 2).toPlainString());
        }
        if (maxFen != null) {
            params.put("max", BigDecimal.valueOf(maxFen, 2).toPlainString());
        }
        if (mine) {
            params.put("mine", "1");
        }
        if (unassigned) {
            params.put("unassigned", "1");
        }
        if (dueSoon) {
            params.put("due", "soon");
        }
        if (shop != null) {
            params.put("shop", java.net.URLEncoder.encode(shop, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (buyer != null) {
            params.put("buyer", java.net.URLEncoder.encode(buyer, java.nio.charset.StandardCharsets.UTF_8));
        }
        if (sort != Sort.SLA) {
            params.put("sort", sort.name().toLowerCase());
        }
        if (cursor != null) {
            params.put("after", cursor.toString());
        }
        params.forEach((k, v) -> parts.add(k + "=" + v));
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    public QueueFilter from(Cursor cursor) {
        return new QueueFilter(statuses, reason, minFen, maxFen, mine, unassigned, dueSoon, shop, buyer, sort, cursor);
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new Invalid("Unknown " + name + ": " + value);
        }
    }

    /** An amount in yuan as typed ("199", "199.5", "199.00") in fen. */
    private static Long fen(String yuan) {
        if (blank(yuan)) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(yuan.trim());
            if (amount.signum() < 0 || amount.scale() > 2) {
                throw new Invalid("Not an amount: " + yuan);
            }
            return amount.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new Invalid("Not an amount: " + yuan);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** A filter or page position in a URL that cannot be read; the message says which value. Nothing is read. */
    public static final class Invalid extends BadValue {

        Invalid(String message) {
            super(message);
        }
    }
}
