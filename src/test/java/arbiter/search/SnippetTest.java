package arbiter.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The piece of a matched text a result shows, and its marks. */
class SnippetTest {

    /** The snippet written as the page does, a marked part in brackets. */
    private static String shown(Snippet snippet) {
        return snippet.parts().stream().map(p -> p.marked() ? "[" + p.text() + "]" : p.text())
                .collect(Collectors.joining());
    }

    @Test
    void aShortTextIsShownWholeWithEveryWordMarkedInItsOwnCase() {
        assertEquals("The [Parcel] was [crushed]; [parcel] again", shown(Snippet.of("The Parcel was crushed; parcel again",
                List.of("parcel", "crushed"))));
        assertEquals("你好，衣服[颜色]不对", shown(Snippet.of("你好，衣服颜色不对", List.of("颜色"))));
    }

    @Test
    void aLongTextIsCutAroundTheFirstMatchWithEllipses() {
        String text = "a".repeat(300) + " 色差 " + "b".repeat(300);
        String shown = shown(Snippet.of(text, List.of("色差")));
        assertTrue(shown.startsWith("…" + "a".repeat(Snippet.LEAD - 1) + " [色差] b"), shown);
        assertTrue(shown.endsWith("b…"), shown);
        assertEquals(Snippet.WIDTH + 2 + 2, shown.length(), "the width, two ellipses and two brackets");
    }

    @Test
    void aMatchNearTheEndShowsTheEndWithoutATrailingEllipsis() {
        String text = "x".repeat(300) + " the end";
        String shown = shown(Snippet.of(text, List.of("end")));
        assertTrue(shown.startsWith("…") && shown.endsWith("the [end]"), shown);
    }

    @Test
    void theLongerOfTwoOverlappingWordsIsMarkedAndNoCharacterIsCutInTwo() {
        assertEquals("[颜色不对]", shown(Snippet.of("颜色不对", List.of("颜色", "颜色不对"))));
        String emoji = "😀".repeat(100) + "衣服";
        Snippet cut = Snippet.of(emoji, List.of("衣服"));
        for (Snippet.Part part : cut.parts()) {
            assertFalse(Character.isLowSurrogate(part.text().charAt(0)), "a part does not start inside a character");
            assertFalse(Character.isHighSurrogate(part.text().charAt(part.text().length() - 1)));
        }
    }

    @Test
    void holdsAllNeedsEveryWordIgnoringCase() {
        assertTrue(Snippet.holdsAll("The PARCEL was crushed", List.of("parcel", "crushed")));
        assertFalse(Snippet.holdsAll("The PARCEL was fine", List.of("parcel", "crushed")));
        assertFalse(Snippet.holdsAll(null, List.of("x")));
    }
}
