package arbiter.home;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * Each role's start page: namespace {@code home} in templates; English in {@code messages/home_en.properties}, Chinese in
 * {@code messages/home_zh.properties}.
 */
@MessageBundle(value = "home", locale = "en")
public interface HomeMessages {

    String home_title();

    String home_staff_heading();

    String home_unclaimed();

    String home_mine();

    String home_due_soon();

    String home_open_queue();

    String home_supervisor_heading();

    String home_seller_heading();

    String home_open_disputes();

    String home_unread_notices();

    String home_points();

    String home_no_role();
}
