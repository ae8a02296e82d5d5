package arbiter.supervision;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.dispute.DisputeReason;
import arbiter.dispute.Party;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.penalty.PenaltyGrade;
import arbiter.ruling.ClauseDraftCheck;
import arbiter.ruling.ClauseForm;
import arbiter.ruling.PolicyClauses;
import arbiter.ruling.RationaleTemplates;
import arbiter.ruling.ResponsibleParty;
import arbiter.ruling.RulingOutcome;
import arbiter.ruling.TemplateForm;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The ruling policy supervisors manage (DESIGN "Pages": {@code /supervision/templates}, "rationale templates and
 * clauses"; issue 16): the policy clauses with what each supports, every version kept. Writing a clause makes its next
 * version the one rulings cite; retiring it stops rulings citing it. A refused form comes back with each problem
 * beside its field (400) and nothing written.
 */
@Path("/supervision/templates")
@RolesAllowed(Role.SUPERVISOR)
public class PolicyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(List<PolicyClauses.History> clauses,
                List<RationaleTemplates.History> templates);

        static native TemplateInstance template(Optional<RationaleTemplates.History> history, TemplateForm form,
                Map<String, String> errors, List<DisputeReason> reasons,
                List<RationaleTemplates.Placeholder> placeholders);

        static native TemplateInstance clause(Optional<PolicyClauses.History> history, ClauseForm form,
                Map<String, String> errors, Choices choices);
    }

    /** The choices a clause form offers, in the order the enums give. */
    public record Choices(List<RulingOutcome> outcomes, List<ResponsibleParty> parties, List<PenaltyGrade> grades,
            List<Party> silentParties) {

        static final Choices ALL = new Choices(List.of(RulingOutcome.values()), List.of(ResponsibleParty.values()),
                List.of(PenaltyGrade.values()), List.of(Party.BUYER, Party.SELLER));
    }

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    PolicyClauses clauses;

    @Inject
    RationaleTemplates templates;

    @GET
    @Path("/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newTemplate() {
        TemplateForm form = new TemplateForm();
        form.language = "zh";
        return templatePage(Optional.empty(), form, Map.of());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance template(@PathParam("id") long id) {
        RationaleTemplates.History history = templates.history(id).orElseThrow(NotFoundException::new);
        return templatePage(Optional.of(history), TemplateForm.of(history.latest()), Map.of());
    }

    /** A new template (version 1); refused beside its field, an unknown placeholder included (400). */
    @POST
    @Produces(MediaType.TEXT_HTML)
    public Response createTemplate(@BeanParam TemplateForm form) {
        return writeTemplate(Optional.empty(), form);
    }

    /** The template's next version. */
    @POST
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response reviseTemplate(@PathParam("id") long id, @BeanParam TemplateForm form) {
        RationaleTemplates.History history = templates.history(id).orElseThrow(NotFoundException::new);
        return writeTemplate(Optional.of(history), form);
    }

    @POST
    @Path("/{id}/retire")
    public Response retireTemplate(@PathParam("id") long id) {
        templates.history(id).orElseThrow(NotFoundException::new);
        flash.success(templates.retire(id, user.getUsername()) ? "flash_template_retired" : "flash_template_not_active");
        return Response.seeOther(URI.create("/supervision/templates/" + id)).build();
    }

    private Response writeTemplate(Optional<RationaleTemplates.History> history, TemplateForm form) {
        TemplateForm.Result checked = form.check(code -> clauses.history(code).isPresent());
        if (checked.draft().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).entity(templatePage(history, form, checked.errors()))
                    .build();
        }
        long id = templates.write(history.map(RationaleTemplates.History::id), checked.draft().get(),
                user.getUsername());
        flash.success("flash_template_written");
        return Response.seeOther(URI.create("/supervision/templates/" + id)).build();
    }

    private static TemplateInstance templatePage(Optional<RationaleTemplates.History> history, TemplateForm form,
            Map<String, String> errors) {
        return Templates.template(history, form, errors, List.of(DisputeReason.values()),
                List.of(RationaleTemplates.Placeholder.values()));
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance policy() {
        return Templates.policy(clauses.histories(), templates.histories());
    }

    @GET
    @Path("/clauses/new")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance newClause() {
        return Templates.clause(Optional.empty(), new ClauseForm(), Map.of(), Choices.ALL);
    }

    @GET
    @Path("/clauses/{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance clause(@PathParam("code") String code) {
        PolicyClauses.History history = clauses.history(code).orElseThrow(NotFoundException::new);
        return Templates.clause(Optional.of(history), ClauseForm.of(history.latest()), Map.of(), Choices.ALL);
    }

    /** A new clause: its code must not be taken (a known code is revised from its own page). */
    @POST
    @Path("/clauses")
    @Produces(MediaType.TEXT_HTML)
    public Response create(@BeanParam ClauseForm form) {
        ClauseDraftCheck.Result checked = ClauseDraftCheck.check(form, Optional.empty());
        if (checked.draft().isPresent() && clauses.history(checked.draft().get().code()).isPresent()) {
            return refused(Optional.empty(), form, Map.of("code", "clause_error_code_taken"));
        }
        return write(Optional.empty(), form, checked);
    }

    /** The clause's next version, from its page. */
    @POST
    @Path("/clauses/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response revise(@PathParam("code") String code, @BeanParam ClauseForm form) {
        PolicyClauses.History history = clauses.history(code).orElseThrow(NotFoundException::new);
        form.code = code;
        return write(Optional.of(history), form, ClauseDraftCheck.check(form, Optional.of(code)));
    }

    @POST
    @Path("/clauses/{code}/retire")
    public Response retire(@PathParam("code") String code) {
        clauses.history(code).orElseThrow(NotFoundException::new);
        if (clauses.retire(code, user.getUsername())) {
            flash.success("flash_clause_retired");
        } else {
            flash.error("flash_clause_not_active");
        }
        return Response.seeOther(URI.create(clausePage(code))).build();
    }

    private Response write(Optional<PolicyClauses.History> history, ClauseForm form, ClauseDraftCheck.Result checked) {
        if (checked.draft().isEmpty()) {
            return refused(history, form, checked.errors());
        }
        PolicyClauses.Written written = clauses.write(checked.draft().get(), user.getUsername());
        flash.success(written.changed() ? "flash_clause_written" : "flash_clause_unchanged");
        return Response.seeOther(URI.create(clausePage(written.key().code()))).build();
    }

    private static Response refused(Optional<PolicyClauses.History> history, ClauseForm form, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.clause(history, form, errors, Choices.ALL)).build();
    }

    private static String clausePage(String code) {
        return "/supervision/templates/clauses/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }
}
