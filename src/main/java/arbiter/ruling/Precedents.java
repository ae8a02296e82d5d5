package arbiter.ruling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import arbiter.money.Money;
import arbiter.system.SqlValues;

/**
 * How close cases were ruled (issue 17, DESIGN "Ruling"): a read model that joins the rulings with their disputes on
 * purpose. A close case has the same reason, the same item category (V24: by keywords in the item title) and an
 * amount in the same {@link AmountBand}; its ruling in effect is a precedent. Of the {@link #COUNTED} most recent, the
 * outcome mix is counted, and the five closest are listed: the same shop first, then the nearest amount, then the most
 * recent. One statement.
 */
@ApplicationScoped
public class Precedents {

    /** Precedents counted at most: the most recent. */
    public static final int COUNTED = 500;
    /** Precedents listed on the form. */
    public static final int LISTED = 5;
    /** A departure needs at least this many precedents (DESIGN "Ruling"). */
    public static final int DEPARTURE_MIN_PRECEDENTS = 10;
    /** ...of which at least this share in percent went one way (DESIGN "Ruling"). */
    public static final int DEPARTURE_SHARE_PERCENT = 80;

    @Inject
    EntityManager em;

    /**
     * One close case's ruling.
     *
     * @param amountPaid that case's amount paid, fen
     * @param ruledAt when it was ruled (UTC)
     */
    public record Precedent(long rulingId, long disputeId, String caseNo, String shopName, boolean sameShop,
            long amountPaid, String currency, RulingOutcome outcome, Instant ruledAt) {

        /** The amount paid, with its currency. */
        public Money amount() {
            return Money.of(amountPaid, currency);
        }
    }

    /**
     * The close cases' rulings of one case.
     *
     * @param category the case's item category (V24)
     * @param band the case's amount band
     * @param outcomes how many precedents went each way (of at most {@link #COUNTED})
     * @param closest the {@link #LISTED} closest
     */
    public record Found(ItemCategory category, AmountBand band, Map<RulingOutcome, Long> outcomes, List<Precedent> closest) {

        public long total() {
            return outcomes.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(RulingOutcome outcome) {
            return outcomes.getOrDefault(outcome, 0L);
        }

        /**
         * The outcome of at least 80 % of at least 10 precedents, if there is one (DESIGN "Ruling"): a ruling of
         * another outcome is a departure.
         */
        public Optional<RulingOutcome> prevailing() {
            long total = total();
            if (total < DEPARTURE_MIN_PRECEDENTS) {
                return Optional.empty();
            }
            return outcomes.entrySet().stream()
                    .filter(e -> e.getValue() * 100 >= DEPARTURE_SHARE_PERCENT * total)
                    .map(Map.Entry::getKey).findFirst();
        }

        /** Whether ruling {@code outcome} goes against the prevailing outcome. */
        public boolean departsWith(RulingOutcome outcome) {
            return prevailing().map(p -> p != outcome).orElse(false);
        }

        /** Whether that ruling is one of the precedents listed. */
        public boolean lists(long rulingId) {
            return closest.stream().anyMatch(p -> p.rulingId() == rulingId);
        }
    }

    /**
     * The precedents of the case of that id, read in one statement; none for a case that does not exist.
     */
    public Found of(long disputeId) {
        StringBuilder lows = new StringBuilder("{");
        for (AmountBand band : AmountBand.values()) {
            lows.append(band.ordinal() == 0 ? "" : ",").append(band.low);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                WITH me AS (
                    SELECT d.id, d.reason, d.item_category, d.amount_paid, d.shop_id,
                           (SELECT max(t) FROM unnest(CAST(?2 AS bigint[])) t WHERE t <= d.amount_paid) AS band_low,
                           (SELECT min(t) FROM unnest(CAST(?2 AS bigint[])) t WHERE t > d.amount_paid) AS band_high
                    FROM disputes d WHERE d.id = ?1),
                close_cases AS (
                    SELECT r.id AS ruling_id, r.outcome, r.ruled_at, d.id AS dispute_id, d.case_no, d.shop_id,
                           d.amount_paid, d.currency
                    FROM me
                    JOIN disputes d ON d.reason = me.reason AND d.item_category = me.item_category
                         AND d.amount_paid >= me.band_low AND (me.band_high IS NULL OR d.amount_paid < me.band_high)
                         AND d.id <> me.id
                    JOIN rulings r ON r.dispute_id = d.id AND r.state = 'EFFECTIVE'
                    ORDER BY r.ruled_at DESC, r.id DESC
                    LIMIT ?3),
                ranked AS (
                    SELECT s.*, s.shop_id = me.shop_id AS same_shop, abs(s.amount_paid - me.amount_paid) AS gap,
                           count(*) OVER () AS total,
                           count(*) FILTER (WHERE s.outcome = 'FULL_REFUND') OVER () AS full_refunds,
                           count(*) FILTER (WHERE s.outcome = 'PARTIAL_REFUND') OVER () AS partial_refunds,
                           count(*) FILTER (WHERE s.outcome = 'REJECTED') OVER () AS rejected
                    FROM close_cases s CROSS JOIN me
                    ORDER BY same_shop DESC, gap, s.ruled_at DESC, s.ruling_id DESC
                    LIMIT ?4)
                SELECT me.item_category, me.amount_paid, r.ruling_id, r.dispute_id, r.case_no, sh.name, r.same_shop,
                       r.amount_paid, r.currency, r.outcome, r.ruled_at, r.full_refunds, r.partial_refunds, r.rejected
                FROM me LEFT JOIN ranked r ON TRUE LEFT JOIN shops sh ON sh.id = r.shop_id
                ORDER BY r.same_shop DESC, r.gap, r.ruled_at DESC, r.ruling_id DESC""")
                .setParameter(1, disputeId).setParameter(2, lows.append('}').toString())
                .setParameter(3, COUNTED).setParameter(4, LISTED).getResultList();
        if (rows.isEmpty()) {
            return new Found(ItemCategory.OTHER, AmountBand.SMALL, Map.of(), List.of());
        }
        Object[] first = rows.get(0);
        Map<RulingOutcome, Long> outcomes = new EnumMap<>(RulingOutcome.class);
        List<Precedent> closest = new ArrayList<>();
        if (first[2] != null) {
            outcomes.put(RulingOutcome.FULL_REFUND, ((Number) first[11]).longValue());
            outcomes.put(RulingOutcome.PARTIAL_REFUND, ((Number) first[12]).longValue());
            outcomes.put(RulingOutcome.REJECTED, ((Number) first[13]).longValue());
            for (Object[] r : rows) {
                closest.add(new Precedent(((Number) r[2]).longValue(), ((Number) r[3]).longValue(), (String) r[4],
                        (String) r[5], (Boolean) r[6], ((Number) r[7]).longValue(), (String) r[8],
                        RulingOutcome.valueOf((String) r[9]), SqlValues.instant(r[10])));
            }
        }
        return new Found(ItemCategory.valueOf((String) first[0]), AmountBand.of(((Number) first[1]).longValue()), outcomes,
                closest);
    }
}
