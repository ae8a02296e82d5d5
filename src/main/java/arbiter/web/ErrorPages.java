package arbiter.web;

import java.util.Map;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import arbiter.system.BadValue;
import arbiter.system.ClientInput;
import arbiter.system.NotFound;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Errors as people and programs should see them: a page in the layout for the portal, problem+json for
 * the API; never a stack trace or anything about the internals.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(String titleKey, String textKey, String requestId,
                ClientInput.Refused refused);
    }

    @Inject
    Event<RefusedChange> refusedChanges;

    /**
     * A refused attempt to change something (403 on a POST) is a security event, announced as a
     * {@link RefusedChange} for the audit trail to record who tried what, from where. Refused reads are not recorded; they
     * change nothing and a page of links to
     * pages a role may not open would fill the trail.
     */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        if (!request.getMethod().equals("GET") && !request.getMethod().equals("HEAD")) {
            refusedChanges.fire(new RefusedChange(request.getMethod(), request.getUriInfo().getPath(), 403));
        }
        return respond(Response.Status.FORBIDDEN, request);
    }

    /** Text the portal does not accept ({@link ClientInput}): 400 naming the field, nothing done. */
    @ServerExceptionMapper
    public Response refusedInput(ClientInput.Refused e, ContainerRequestContext request) {
        LOG.infof("Request %s refused (400): %s", request.getProperty(WebFilters.REQUEST_ID),
                ClientInput.quoted(e.getMessage()));
        return respond(Response.Status.BAD_REQUEST, request, e);
    }

    /**
     * The form parser's refusal of a form with more than 1,000 fields. Quarkus REST signals it with a plain
     * RuntimeException thrown by its FormData, so it is recognised by where it was thrown.
     */
    static boolean isTooManyFormFields(Throwable e) {
        StackTraceElement[] at = e.getStackTrace();
        return e.getClass() == RuntimeException.class && at.length > 0
                && at[0].getClassName().equals("org.jboss.resteasy.reactive.server.core.multipart.FormData");
    }

    /**
     * The database cannot be reached (restarting, failing over): 503 with a page that says so and asks to try
     * again; the transaction did not commit, so nothing was half done.
     */
    static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, ContainerRequestContext request) {
        return respond(Response.Status.UNAUTHORIZED, request);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, ContainerRequestContext request) {
        return respond(Response.Status.NOT_FOUND, request);
    }

    /** A service found nothing of what was asked for (or nothing the asker may see): 404, as for a page. */
    @ServerExceptionMapper
    public Response notFound(NotFound e, ContainerRequestContext request) {
        return respond(Response.Status.NOT_FOUND, request);
    }

    /** A service could not read a value the client sent: 400, one line in the log, as for the web layer's refusals. */
    @ServerExceptionMapper
    public Response badValue(BadValue e, ContainerRequestContext request) {
        logRefused(request, Response.Status.BAD_REQUEST, e.getMessage());
        return respond(Response.Status.BAD_REQUEST, request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, ContainerRequestContext request) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getFamily() == Response.Status.Family.REDIRECTION) {
            return e.getResponse();
        }
        if (status.getFamily() == Response.Status.Family.SERVER_ERROR) {
            LOG.errorf(e, "Request %s failed", request.getProperty(WebFilters.REQUEST_ID));
        } else {
            logRefused(request, status, e.getMessage());
        }
        return respond(status, request);
    }

    /** A client's mistake: one line, no stack trace. */
    private static void logRefused(ContainerRequestContext request, Response.StatusType status, String why) {
        LOG.infof("Request %s refused (%d): %s", request.getProperty(WebFilters.REQUEST_ID), status.getStatusCode(),
                ClientInput.quoted(why));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        if (isTooManyFormFields(e)) {
            LOG.infof("Request %s refused (413): more form fields than the portal reads (1,000)",
                    request.getProperty(WebFilters.REQUEST_ID));
            return respond(Response.Status.REQUEST_ENTITY_TOO_LARGE, request);
        }
        if (isDatabaseUnavailable(e)) {
            LOG.warnf("Request %s: the database is unavailable: %s", request.getProperty(WebFilters.REQUEST_ID),
                    e.getMessage());
            return Response.fromResponse(respond(Response.Status.SERVICE_UNAVAILABLE, request))
                    .header("Retry-After", "5").build();
        }
        LOG.errorf(e, "Request %s failed", request.getProperty(WebFilters.REQUEST_ID));
        return respond(Response.Status.INTERNAL_SERVER_ERROR, request);
    }

    private Response respond(Response.StatusType status, ContainerRequestContext request) {
        return respond(status, request, null);
    }

    private Response respond(Response.StatusType status, ContainerRequestContext request, ClientInput.Refused refused) {
        String requestId = String.valueOf(request.getProperty(WebFilters.REQUEST_ID));
        if (request.getUriInfo().getPath().startsWith("/api/")) {
            Map<String, Object> problem = new java.util.LinkedHashMap<>(Map.of(
                    "type", "about:blank",
                    "title", status.getReasonPhrase(),
                    "status", status.getStatusCode(),
                    "instance", requestId));
            if (refused != null) {
                problem.put("detail", "A field holds a character that is not accepted; nothing was stored");
                problem.put("errors", java.util.List.of(Map.of("field", refused.field(), "message",
                        "holds the control character " + refused.character() + ", which is not accepted")));
            }
            return Response.status(status).type("application/problem+json").entity(problem).build();
        }
        String page = switch (status.getStatusCode()) {
            case 401, 403, 404 -> "error_" + status.getStatusCode();
            case 500 -> "error_500";
            case 503 -> "error_503";
            default -> "error_other";
        };
        if (refused != null) {
            page = "error_input";
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(page + "_title", page + "_text", requestId, refused)).build();
    }
}
