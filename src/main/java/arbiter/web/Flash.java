package arbiter.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The outcome of a form, carried across its redirect (post/redirect/get) in a short-lived cookie. It holds
 * a message key and its arguments, never rendered markup; the page shows it through the message bundle.
 */
@RequestScoped
@Named("flash")
public class Flash {

    public enum Kind {
        SUCCESS,
        ERROR
    }

    /** A message to show once: its key in the {@code flash} bundle ({@link FlashMessages}) and arguments. */
    public record Message(Kind kind, String key, List<String> args) {
    }

    static final String COOKIE = "flash";
    private static final Pattern KEY = Pattern.compile("flash_[a-z0-9_]{1,60}");

    private Message incoming;
    private Message outgoing;

    public void success(String key, String... args) {
        outgoing = new Message(Kind.SUCCESS, requireKey(key), List.of(args));
    }

    public void error(String key, String... args) {
        outgoing = new Message(Kind.ERROR, requireKey(key), List.of(args));
    }

    /** The message the previous request left for this page, or null. */
    public Message getCurrent() {
        return incoming;
    }

    Optional<Message> outgoing() {
        return Optional.ofNullable(outgoing);
    }

    boolean hasIncoming() {
        return incoming != null;
    }

    void receive(String cookieValue) {
        incoming = decode(cookieValue);
    }

    static String encode(Message message) {
        StringBuilder value = new StringBuilder(message.kind().name()).append('|').append(message.key());
        message.args().forEach(arg -> value.append('|').append(arg));
        return URLEncoder.encode(value.toString(), StandardCharsets.UTF_8);
    }

    /** Reads a cookie value; anything malformed or tampered with is dropped, not shown. */
    static Message decode(String cookieValue) {
        if (cookieValue == null || cookieValue.isEmpty() || cookieValue.length() > 1024) {
            return null;
        }
        String[] parts = URLDecoder.decode(cookieValue, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length < 2 || !KEY.matcher(parts[1]).matches()) {
            return null;
        }
        try {
            Kind kind = Kind.valueOf(parts[0]);
            return new Message(kind, parts[1], Arrays.asList(parts).subList(2, parts.length));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String requireKey(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a flash message key: " + key);
        }
        return key;
    }
}
