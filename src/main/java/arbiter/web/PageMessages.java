package arbiter.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The text of the layout every page shares (title, skip link, navigation, sign-out) and the words that lists and
 * filters of several features use ("Any", "Apply", "Next page", the column names case, shop, amount, SLA, holder
 * and status), namespace {@code page} in templates; English in
 * {@code messages/page_en.properties}, Chinese in {@code page_zh.properties}. A bundle of its own, like each
 * feature's: Quarkus resolves a message by comparing its key with each key of the bundle in turn, and every page
 * asks for these.
 */
@MessageBundle(value = "page", locale = "en")
public interface PageMessages {

    String app_name();

    String html_lang();

    String nav_label();

    String nav_home();

    String nav_queue();

    String nav_supervision();

    String nav_seller();

    String signout();

    String skip_to_content();

    String filter_any();

    String filter_apply();

    String next_page();

    String col_case();

    String col_shop();

    String col_amount();

    String col_sla();

    String col_assignee();

    String col_status();

    String home_overdue();

    String home_approvals();

    String home_appeals();

    String home_failed_refunds();

    String home_failed_deliveries();

    String span_days_hours(long days, long hours);

    String span_hours_minutes(long hours, long minutes);

    String span_minutes(long minutes);
}
