package arbiter.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

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
        String symbol = CNY.equals(currency) ? "¥" : currency.getCurrencyCode() + " ";
        String sign = minor < 0 ? "-" : "";
        return sign + symbol + String.format("%,." + currency.getDefaultFractionDigits() + "f", major().abs());
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
