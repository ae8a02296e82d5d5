package arbiter.ruling;

import arbiter.web.Bundles;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

/** A clause's title in the page's language, as {@code {clause.title}}, of the entity or of its record. */
@TemplateExtension
public class ClauseTitles {

    static String title(PolicyClause clause, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return Bundles.language(locale, variant).equals("zh") ? clause.titleZh : clause.titleEn;
    }

    static String title(PolicyClauses.Clause clause, @TemplateAttribute("locale") Object locale,
            @TemplateAttribute("selectedVariant") Object variant) {
        return Bundles.language(locale, variant).equals("zh") ? clause.titleZh() : clause.titleEn();
    }
}
