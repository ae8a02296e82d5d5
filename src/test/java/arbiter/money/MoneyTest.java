package arbiter.money;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How amounts and counts read on the pages. */
class MoneyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "19900        | CNY | ¥199.00",
            "129950       | CNY | ¥1,299.50",
            "5            | CNY | ¥0.05",
            "0            | CNY | ¥0.00",
            "123456789012 | CNY | ¥1,234,567,890.12",
            "-150         | CNY | -¥1.50",
            "1234         | JPY | JPY 1,234",
            "100          | USD | USD 1.00" })
    void amountsAreShownWithSymbolGroupingAndTheCurrencysDecimals(long minor, String currency, String shown) {
        assertEquals(shown, Money.of(minor, currency).display());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0        | 0",
            "999      | 999",
            "1000     | 1,000",
            "10000    | 10,000",
            "123456   | 123,456",
            "-1234567 | -1,234,567" })
    void countsAreGroupedByThousands(long n, String shown) {
        assertEquals(shown, Digits.grouped(n));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "199     | 19900",
            "199.5   | 19950",
            "199.05  | 19905",
            "' 7 '   | 700",
            "0       | 0" })
    void typedAmountsAreReadInFen(String typed, long fen) {
        assertEquals(Optional.of(Money.yuan(fen)), Money.parse(typed, Money.CNY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "-1", "1.234", "1e3", "abc", "''", "1,000", "¥5", "0x10", "1.", ".5" })
    void anythingElseIsNotAnAmount(String typed) {
        assertEquals(Optional.empty(), Money.parse(typed, Money.CNY));
    }
}
