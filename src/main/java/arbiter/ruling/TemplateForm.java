package arbiter.ruling;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.ws.rs.FormParam;

import arbiter.dispute.DisputeReason;

/**
 * A rationale template as a supervisor sent it, every field as typed, with its check (issue 16, "Templates"): each
 * problem by field and message key; a body naming a placeholder that does not exist is refused.
 */
public class TemplateForm {

    @FormParam("reason")
    public String reason;

    @FormParam("clauseCode")
    public String clauseCode;

    @FormParam("language")
    public String language;

    @FormParam("title")
    public String title;

    @FormParam("body")
    public String body;

    /** Either a draft, or the problems by field. */
    public record Result(Optional<RationaleTemplates.TemplateDraft> draft, Map<String, String> errors) {
    }

    /** The form of a template's version, to edit. */
    public static TemplateForm of(RationaleTemplate template) {
        TemplateForm form = new TemplateForm();
        form.reason = template.reason == null ? "" : template.reason.name();
        form.clauseCode = template.clauseCode == null ? "" : template.clauseCode;
        form.language = template.language;
        form.title = template.title;
        form.body = template.body;
        return form;
    }

    /** Checks the form; {@code knownClause} says whether a clause code was ever written. */
    public Result check(Predicate<String> knownClause) {
        Map<String, String> errors = new LinkedHashMap<>();
        DisputeReason forReason = null;
        if (reason != null && !reason.isBlank()) {
            try {
                forReason = DisputeReason.valueOf(reason.strip());
            } catch (IllegalArgumentException unknown) {
                errors.put("reason", "clause_error_unknown_choice");
            }
        }
        String clause = clauseCode == null || clauseCode.isBlank() ? null : clauseCode.strip();
        if (clause != null && !knownClause.test(clause)) {
            errors.put("clauseCode", "template_error_clause");
        }
        String lang = language == null ? "" : language.strip();
        if (!lang.equals("zh") && !lang.equals("en")) {
            errors.put("language", "clause_error_unknown_choice");
        }
        String heading = title == null ? "" : title.strip();
        if (heading.isEmpty()) {
            errors.put("title", "clause_error_title_blank");
        } else if (heading.codePointCount(0, heading.length()) > RationaleTemplates.MAX_TITLE) {
            errors.put("title", "clause_error_title_long");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            errors.put("body", "template_error_body_blank");
        } else if (text.length() > RulingCheck.MAX_RATIONALE) {
            errors.put("body", "template_error_body_long");
        } else if (!RationaleTemplates.unknownPlaceholders(text).isEmpty()) {
            errors.put("body", "template_error_placeholder");
        }
        if (!errors.isEmpty()) {
            return new Result(Optional.empty(), errors);
        }
        return new Result(Optional.of(new RationaleTemplates.TemplateDraft(forReason, clause, lang, heading, text)),
                Map.of());
    }
}
