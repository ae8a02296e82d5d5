package arbiter.web;

import java.util.List;

/** The languages of the UI; the first is the default. */
public final class Languages {

    static final String COOKIE = "lang";
    public static final List<String> SUPPORTED = List.of("en", "zh-CN");

    private Languages() {
    }

    static boolean isSupported(String tag) {
        return SUPPORTED.contains(tag);
    }
}
