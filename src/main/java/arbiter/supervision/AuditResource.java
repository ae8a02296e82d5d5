package arbiter.supervision;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import arbiter.audit.AuditAction;
import arbiter.audit.AuditFilter;
import arbiter.audit.AuditLog;
import arbiter.audit.ChainVerification;
import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The audit trail for supervisors: filtered and paged, exported as CSV, and its hash chain verified. */
@Path("/supervision/audit")
@RolesAllowed(Role.SUPERVISOR)
public class AuditResource {

    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance audit(AuditLog.Page page, Form form, String nextPage, String csv,
                List<AuditAction> actions, String error);

        static native TemplateInstance verification(ChainVerification.Result result);
    }

    /** The filter's fields as typed, shown again in the form, also when one of them could not be read. */
    record Form(String actor, String action, String caseNo, String shop, String from, String to) {
    }

    @Inject
    AuditLog log;

    @Inject
    ChainVerification chain;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response audit(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("case") String caseNo, @QueryParam("shop") String shop, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("before") String before) {
        Form form = new Form(actor, action, caseNo, shop, from, to);
        List<AuditAction> actions = List.of(AuditAction.values());
        AuditFilter filter;
        try {
            filter = AuditFilter.parse(actor, action, caseNo, shop, from, to, before);
        } catch (AuditFilter.Invalid invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.audit(null, form, null, null, actions, messageKey(invalid.reason))).build();
        }
        AuditLog.Page page = log.page(filter, PAGE_SIZE);
        String nextPage = page.next() == null ? null : "/supervision/audit" + filter.query(page.next());
        String csv = "/supervision/audit/export" + filter.before(null).query(null);
        return Response.ok(Templates.audit(page, form, nextPage, csv, actions, null)).build();
    }

    @GET
    @Path("/verify")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance verify() {
        return Templates.verification(chain.verify());
    }

    /** Every event the filter matches, newest first; written as it is read, so any size streams. */
    @GET
    @Path("/export")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("actor") String actor, @QueryParam("action") String action,
            @QueryParam("case") String caseNo, @QueryParam("shop") String shop, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        AuditFilter filter;
        try {
            filter = AuditFilter.parse(actor, action, caseNo, shop, from, to, null);
        } catch (AuditFilter.Invalid invalid) {
            throw new BadRequestException(invalid.reason.name());
        }
        StreamingOutput body = out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(AuditCsv.HEADER);
            try {
                log.export(filter, line -> {
                    try {
                        writer.write(AuditCsv.row(line));
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    /** The sentence beside the filter form saying what is wrong with it. */
    private static String messageKey(AuditFilter.Invalid.Reason reason) {
        return switch (reason) {
            case ACTOR -> "audit_bad_actor";
            case CASE -> "audit_bad_case";
            case SHOP -> "audit_bad_shop";
            case ACTION -> "audit_bad_action";
            case DAY -> "audit_bad_day";
            case PERIOD_REVERSED -> "audit_bad_period";
            case POSITION -> "audit_bad_position";
        };
    }
}
