package arbiter.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** An amount in integer minor units (fen for CNY) with its currency. Never a floating-point number. */
public record Money(long minor, Currency currency) implements Comparable<Money> {

    public static final Currency CNY = Currency.getInstance("CNY");

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    public static Money yuan(long minor) {
        return new Money(minor, CNY);
    }

    /**
     * An amount as a person types it in major units ("199", "199.5", "199.00"); empty when it is not one:
     * blank, negative, more decimals than the currency has, exponents, or anything else but digits.
     */
    public static Optional<Money> parse(String typed, Currency currency) {
        if (typed == null || !typed.strip().matches("\\d{1,15}(\\.\\d+)?")) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(typed.strip());
        if (amount.scale() > currency.getDefaultFractionDigits()) {
            return Optional.empty();
        }
        return Optional.of(new Money(amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(),
                currency));
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    /** The amount in major units, e.g. 199.00 for 19900 fen. */
    public BigDecimal major() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    /** As shown to people: {@code ¥199.00}, {@code ¥1,299.50}. */
    public String display() {
        // Built by hand in whole numbers: a queue page shows fifty amounts.
        StringBuilder shown = new StringBuilder(16);
        if (minor < 0) {
            shown.append('-');
        }
        shown.append(CNY.equals(currency) ? "¥" : currency.getCurrencyCode() + " ");
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        long unit = 1;
        for (int i = 0; i < digits; i++) {
            unit *= 10;
        }
        long abs = Math.abs(minor);
        Digits.grouped(abs / unit, shown);
        if (digits > 0) {
            String fraction = Long.toString(abs % unit);
            shown.append('.').append("0".repeat(digits - fraction.length())).append(fraction);
        }
        return shown.toString();
    }

    @Override
    public String toString() {
        return display();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currencies differ: " + currency + " and " + other.currency);
        }
    }
}
