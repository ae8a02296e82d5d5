package arbiter.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The text policy of {@link ClientInput}, over the whole family of characters it refuses or keeps: every control
 * character of Unicode category Cc, lone surrogates wherever they stand, and what must pass (tab, line breaks,
 * Chinese, emoji as surrogate pairs).
 */
class ClientInputTest {

    @Test
    void everyControlCharacterButTabAndLineBreaksIsRefusedAndNamed() {
        IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.rangeClosed(0x7F, 0x9F)).forEach(c -> {
            String text = "退款" + (char) c + "x";
            Optional<String> expected = c == '\t' || c == '\n' || c == '\r' ? Optional.empty()
                    : Optional.of(String.format("U+%04X", c));
            assertEquals(expected, ClientInput.refusedCharacter(text), "character " + c);
        });
    }

    @Test
    void loneSurrogatesAreRefusedAtTheStartInTheMiddleAndAtTheEnd() {
        for (String text : new String[] { "\uD83Dabc", "ab\uDE00c", "abc\uD83D", "\uDE00" }) {
            assertTrue(ClientInput.refusedCharacter(text).isPresent(), text.length() + " chars");
        }
        assertEquals(Optional.of("U+D83D"), ClientInput.refusedCharacter("ok\uD83D"));
    }

    @Test
    void theFirstRefusedCharacterIsTheOneNamed() {
        assertEquals(Optional.of("U+0007"), ClientInput.refusedCharacter("a\u0007b\u0000"));
    }

    @Test
    void textWithoutRefusedCharactersPasses() {
        for (String text : new String[] { "", "plain", "收到的商品与描述不符\n第二行\r\n\t缩进", "😀 emoji 🧧", "\u00A0\u2028" }) {
            assertEquals(Optional.empty(), ClientInput.refusedCharacter(text), text);
            assertTrue(ClientInput.isAcceptable(text));
        }
        assertEquals(Optional.empty(), ClientInput.refusedCharacter(null));
    }
}
