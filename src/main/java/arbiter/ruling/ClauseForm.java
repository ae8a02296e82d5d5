package arbiter.ruling;

import java.util.List;

import jakarta.ws.rs.FormParam;

import io.quarkus.qute.TemplateData;

/** A policy clause as a supervisor sent it from the clause form: every field as typed, so a refused form comes back. */
@TemplateData(namespace = TemplateData.SIMPLENAME)
public class ClauseForm {

    @FormParam("code")
    public String code;

    @FormParam("titleEn")
    public String titleEn;

    @FormParam("titleZh")
    public String titleZh;

    /** The {@link RulingOutcome} names ticked. */
    @FormParam("outcome")
    public List<String> outcomes;

    /** The {@link ResponsibleParty} names ticked. */
    @FormParam("responsible")
    public List<String> responsible;

    /** The {@link arbiter.penalty.PenaltyGrade} names ticked; none for a clause without penalties. */
    @FormParam("grade")
    public List<String> grades;

    /** {@code on} when ticked. */
    @FormParam("penaltyRequired")
    public String penaltyRequired;

    /** A {@link arbiter.dispute.Party} name, or empty. */
    @FormParam("forNoAnswerFrom")
    public String forNoAnswerFrom;

    /** The form of a clause's active version, to edit. */
    public static ClauseForm of(PolicyClause clause) {
        ClauseForm form = new ClauseForm();
        form.code = clause.key.code();
        form.titleEn = clause.titleEn;
        form.titleZh = clause.titleZh;
        form.outcomes = List.of(clause.outcomes);
        form.responsible = List.of(clause.responsibleParties);
        form.grades = List.of(clause.penaltyGrades);
        form.penaltyRequired = clause.penaltyRequired ? "on" : null;
        form.forNoAnswerFrom = clause.forNoAnswerFrom == null ? "" : clause.forNoAnswerFrom.name();
        return form;
    }

    /** Whether the form ticks that constant's name in that list (for the page's check boxes). */
    public static boolean ticks(List<String> ticked, Enum<?> constant) {
        return ticked != null && ticked.contains(constant.name());
    }
}
