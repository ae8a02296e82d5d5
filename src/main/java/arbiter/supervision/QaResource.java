package arbiter.supervision;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.supervision.QaSampling.QaRefused;
import arbiter.system.PlatformZone;
import arbiter.web.Flash;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** QA sampling: draw a sample of rulings, review each, and the agreement rate per arbitrator. */
@Path("/supervision/qa")
@RolesAllowed(Role.SUPERVISOR)
public class QaResource {

    /** The agreement table covers the reviews of this many days back. */
    static final int AGREEMENT_DAYS = 90;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance samples(List<QaSample> samples, List<QaSampling.Agreement> agreement,
                LocalDate monthAgo, LocalDate today, int agreementDays, int maxSize);

        static native TemplateInstance sample(QaSample sample, List<QaSampling.Item> items);
    }

    @Inject
    QaSampling sampling;

    @Inject
    CurrentUser user;

    @Inject
    Flash flash;

    @Inject
    Clock clock;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance samples() {
        LocalDate today = LocalDate.now(clock.withZone(PlatformZone.ZONE));
        return Templates.samples(sampling.recent(20),
                sampling.agreement(today.minusDays(AGREEMENT_DAYS).atStartOfDay(PlatformZone.ZONE).toInstant(),
                        today.plusDays(1).atStartOfDay(PlatformZone.ZONE).toInstant()),
                today.minusDays(30), today, AGREEMENT_DAYS, QaSampling.MAX_SIZE);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance sample(@PathParam("id") long id) {
        QaSample sample = QaSample.findById(id);
        if (sample == null) {
            throw new NotFoundException();
        }
        return Templates.sample(sample, sampling.items(id, user.getUsername()));
    }

    @POST
    public Response draw(@FormParam("from") String from, @FormParam("to") String to,
            @FormParam("arbitrator") String arbitrator, @FormParam("size") String size,
            @FormParam("departures") String departures) {
        try {
            long sampleId = sampling.draw(user.getUsername(), day(from), day(to),
                    arbitrator == null || arbitrator.isBlank() ? null : arbitrator.strip(), number(size),
                    "on".equals(departures));
            flash.success("flash_qa_drawn");
            return Response.seeOther(URI.create("/supervision/qa/" + sampleId)).build();
        } catch (QaRefused refused) {
            flash.error(flashKey(refused.reason));
            return Response.seeOther(URI.create("/supervision/qa")).build();
        }
    }

    @POST
    @Path("/reviews/{id}")
    public Response review(@PathParam("id") long id, @FormParam("sample") long sampleId,
            @FormParam("verdict") String verdict, @FormParam("comment") String comment) {
        try {
            sampling.review(id, user.getUsername(), verdict(verdict), comment);
            flash.success("flash_qa_saved");
        } catch (QaRefused refused) {
            flash.error(flashKey(refused.reason));
        }
        return Response.seeOther(URI.create("/supervision/qa/" + sampleId + "#review-" + id)).build();
    }

    private static LocalDate day(String text) {
        LocalDate day;
        try {
            day = text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new QaRefused(QaRefused.Reason.PERIOD);
        }
        if (day != null && !arbiter.system.ClientInput.isInRange(day)) {
            throw new QaRefused(QaRefused.Reason.PERIOD);
        }
        return day;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new QaRefused(QaRefused.Reason.SIZE);
        }
    }

    private static QaReview.Verdict verdict(String text) {
        try {
            return text == null ? null : QaReview.Verdict.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The flash saying why a sample or review was refused. */
    private static String flashKey(QaRefused.Reason reason) {
        return switch (reason) {
            case SIZE -> "flash_qa_size";
            case PERIOD -> "flash_qa_period";
            case ARBITRATOR -> "flash_qa_arbitrator";
            case EMPTY -> "flash_qa_empty";
            case VERDICT -> "flash_qa_verdict";
            case COMMENT -> "flash_qa_comment";
            case REVIEWED -> "flash_qa_reviewed";
            case OWN_RULING -> "flash_qa_own_ruling";
        };
    }
}
