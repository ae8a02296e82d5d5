package arbiter.ruling;

/**
 * What kind of item a case is about, read from its item title by keywords (V24's {@code item_category}: the first
 * category whose words appear decides, in the order declared here), for finding close cases (issue 17, precedents).
 */
public enum ItemCategory {
    SHOES,
    ELECTRONICS,
    BEAUTY,
    HOME,
    TOYS,
    CLOTHING,
    FOOD,
    OTHER
}
