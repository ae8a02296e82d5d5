package arbiter.ruling;

import jakarta.ws.rs.FormParam;

/** The ruling form as the arbitrator sent it: every field as typed, so that a refused form comes back as it was. */
public class RulingForm {

    @FormParam("outcome")
    public String outcome;

    /** The refund of a partial refund, in yuan as typed. */
    @FormParam("refund")
    public String refund;

    @FormParam("responsible")
    public String responsible;

    /** Empty for no penalty. */
    @FormParam("grade")
    public String grade;

    /** {@code CODE/version}, e.g. {@code QUAL-1/1}. */
    @FormParam("clause")
    public String clause;

    @FormParam("rationale")
    public String rationale;

    /** The case's version when the form was shown. */
    @FormParam("version")
    public String version;
}
