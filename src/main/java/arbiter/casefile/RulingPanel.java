package arbiter.casefile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.Precedents;
import arbiter.ruling.RationaleTemplates;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingDesk;
import arbiter.ruling.RulingForm;
import arbiter.ruling.RulingOutcome;

/**
 * The ruling form as the case page shows it to the holder, beside the chat and photos (issue 16, "Rule beside the
 * evidence"): the form as typed, the problems by field after a refused submit, the impact preview of a form that
 * passes the check, and the choices it offers.
 *
 * @param errors message keys by field; empty unless the page answers a refused submit
 * @param preview the impact of the form as it stands; empty until it passes the check
 * @param clauses the active clauses, those for a silent party first
 * @param templates the rationale templates offered for the case, filled from it
 * @param precedents how close cases were ruled (issue 17)
 */
public record RulingPanel(RulingForm form, Map<String, String> errors, Optional<RulingDesk.Preview> preview,
        PolicyClauses.Offered clauses, List<RationaleTemplates.Offered> templates, Precedents.Found precedents) {

    /** The share in whole percent of the precedents that went the prevailing way; 0 when none prevails. */
    public long prevailingShare() {
        return precedents.prevailing().map(o -> Math.round(100.0 * precedents.of(o) / precedents.total())).orElse(0L);
    }

    /** Whether the form cites that precedent. */
    public boolean cites(long rulingId) {
        return Long.toString(rulingId).equals(form.precedent == null ? null : form.precedent.strip());
    }

    public List<RulingOutcome> outcomes() {
        return List.of(RulingOutcome.values());
    }

    public List<ResponsibleParty> parties() {
        return List.of(ResponsibleParty.values());
    }

    public List<PenaltyGrade> grades() {
        return List.of(PenaltyGrade.values());
    }

    /**
     * What the rationale started from, as the form says it: the title of the template version inserted when it is still
     * offered, else its reference ({@code id/version}); empty when none was inserted.
     */
    public String startedFrom() {
        if (form.template == null || form.template.isBlank()) {
            return "";
        }
        return templates.stream().filter(t -> t.reference().equals(form.template)).map(RationaleTemplates.Offered::title)
                .findFirst().orElse(form.template);
    }

    /** How many messages the form marks as relied on. */
    public int reliedMessages() {
        return form.reliedMessages == null ? 0 : (int) form.reliedMessages.stream().distinct().count();
    }

    /** How many photos the form marks as relied on. */
    public int reliedPhotos() {
        return form.reliedPhotos == null ? 0 : (int) form.reliedPhotos.stream().distinct().count();
    }
}
