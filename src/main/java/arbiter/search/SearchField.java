package arbiter.search;

/**
 * Where a case matched a search (issue 16, "Search"): one of its identifiers, equal to the whole query, or one of
 * its texts, holding every word of the query. Pages name each by {@code {search:field(m.field)}} (keys
 * {@code field_CONSTANT}).
 */
public enum SearchField {
    /** The case number, as {@code AR-2026-0000042}; also typed in lower case. */
    CASE_NO,
    /** The order platform's id of the case ({@code externalId}). */
    EXTERNAL_ID,
    ORDER_NO,
    BUYER_ID,
    BUYER_NICK,
    SHOP_ID,
    SHOP_NAME,
    ITEM_TITLE,
    /** The buyer's statement that came with the escalation. */
    STATEMENT,
    /** A line of the buyer–seller chat. */
    CHAT,
    /** The caption of an evidence photo. */
    CAPTION,
    /** A statement a party sent after the escalation. */
    PARTY_STATEMENT,
    /** A staff note: internal, never searched or shown for a seller. */
    NOTE;

    /** Whether a seller's search looks here: what the seller's own case page shows them, and the order number. */
    boolean sellerMaySee() {
        return switch (this) {
            case CASE_NO, ORDER_NO, ITEM_TITLE, STATEMENT, CHAT, CAPTION, PARTY_STATEMENT -> true;
            case EXTERNAL_ID, BUYER_ID, BUYER_NICK, SHOP_ID, SHOP_NAME, NOTE -> false;
        };
    }
}
