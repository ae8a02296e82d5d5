package arbiter.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

/**
 * Which message bundle declares a key: {@code sup} (supervision), {@code sel} (seller portal), else {@code msg}.
 * For text named by a key chosen at run time, such as a flash message, where a template must know the namespace.
 */
final class BundleOfKey {

    private static final Set<String> SUPERVISION = keys("sup");
    private static final Set<String> SELLER = keys("sel");

    private BundleOfKey() {
    }

    static String of(String key) {
        return SUPERVISION.contains(key) ? "sup" : SELLER.contains(key) ? "sel" : "msg";
    }

    private static Set<String> keys(String bundle) {
        String resource = "messages/" + bundle + "_en.properties";
        try (InputStream in = BundleOfKey.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            Properties messages = new Properties();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return Set.copyOf(messages.stringPropertyNames());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
