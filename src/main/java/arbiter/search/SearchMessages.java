package arbiter.search;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The search's text (issue 16, "Search"): the box in the layout, the staff's and the seller's result pages,
 * namespace {@code search} in templates; English in {@code messages/search_en.properties}, Chinese in
 * {@code search_zh.properties}.
 */
@MessageBundle(value = "search", locale = "en")
public interface SearchMessages {

    /** Where a case matched, as a result names it; keys {@code field_$CONSTANT}, one per constant. */
    @Message
    String field(SearchField field);

    String box_label();

    String box_placeholder();

    String box_button();

    String search_title();

    String search_hint();

    String seller_hint();

    String search_none(String query);

    String search_found(String query);

    String col_case();

    String col_where();

    String col_status();

    String col_sla();

    String col_escalated();

    String seller_nav();

    String bad_too_long(int max);

    String bad_too_many_words(int max);

    String bad_position();

    String bad_too_broad();
}
