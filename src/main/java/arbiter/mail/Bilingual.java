package arbiter.mail;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

import arbiter.system.PlatformZone;
import io.quarkus.qute.TemplateInstance;

/**
 * Mails to parties whose language the portal does not know: Chinese first, the English text below it, and
 * times in the platform's zone, said so.
 */
public final class Bilingual {

    private static final Locale[] LANGUAGES = { Locale.forLanguageTag("zh-CN"), Locale.ENGLISH };
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Bilingual() {
    }

    /** The subject in both languages on one line. */
    public static String subject(Supplier<TemplateInstance> template) {
        return render(template, " / ");
    }

    /** The body in both languages, one below the other. */
    public static String body(Supplier<TemplateInstance> template) {
        return render(template, "\n\n----------------------------------------\n\n");
    }

    /** A time as the mails show it: {@code 2026-11-29 20:13 (UTC+8)}. */
    public static String time(Instant instant) {
        return WHEN.format(instant.atZone(PlatformZone.ZONE)) + " (UTC+8)";
    }

    private static String render(Supplier<TemplateInstance> template, String separator) {
        StringBuilder text = new StringBuilder();
        for (Locale language : LANGUAGES) {
            text.append(text.isEmpty() ? "" : separator)
                    .append(template.get().setLocale(language).render().strip());
        }
        return text.toString();
    }
}
