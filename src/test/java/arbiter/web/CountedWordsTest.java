package arbiter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** English counts take the singular for exactly one and the plural otherwise, zero included. */
class CountedWordsTest {

    @Test
    void oneIsSingularEveryOtherCountPlural() {
        assertEquals("1 shop", TemplateExtensions.counted(1L, "shop", "shops"));
        assertEquals("0 shops", TemplateExtensions.counted(0L, "shop", "shops"));
        assertEquals("2 shops", TemplateExtensions.counted(2L, "shop", "shops"));
        assertEquals("1 message", TemplateExtensions.counted(1, "message", "messages"));
        assertEquals("-1 points", TemplateExtensions.counted(-1, "point", "points"));
    }
}
