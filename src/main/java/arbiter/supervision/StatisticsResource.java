package arbiter.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.identity.Role;
import arbiter.web.Bundles;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Statistics per arbitrator and overall for a period: a table, two charts (SVG) and a CSV export. */
@Path("/supervision/statistics")
@RolesAllowed(Role.SUPERVISOR)
public class StatisticsResource {

    /** The default period: the last 30 days. The longest: about three years. */
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3 * 366;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance statistics(Statistics.Report report, String query, String from, String to,
                String error, List<Period> offered);
    }

    /** A period as the URL gives it, checked. */
    public record Period(LocalDate from, LocalDate to, int days) {
        public String query() {
            return "?from=" + from + "&to=" + to;
        }
    }

    @Inject
    StatisticsReports statistics;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period;
        try {
            period = period(from, to);
        } catch (BadRequestException bad) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.statistics(null, null, from, to, bad.getMessage(), offered())).build();
        }
        return Response.ok(Templates.statistics(statistics.report(period.from(), period.to()), period.query(),
                period.from().toString(), period.to().toString(), null, offered())).build();
    }

    @GET
    @Path("/trend.svg")
    @Produces("image/svg+xml; charset=UTF-8")
    public String trend(@QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Period period = period(from, to);
        return StatisticsCharts.trend(statistics.report(period.from(), period.to()), Bundles.language(first(language)));
    }

    @GET
    @Path("/outcomes.svg")
    @Produces("image/svg+xml; charset=UTF-8")
    public String outcomes(@QueryParam("from") String from, @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        Period period = period(from, to);
        return StatisticsCharts.outcomeMix(statistics.report(period.from(), period.to()),
                Bundles.language(first(language)));
    }

    @GET
    @Path("/export")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = period(from, to);
        return Response.ok(StatisticsCsv.of(statistics.report(period.from(), period.to())))
                .header("Content-Disposition", "attachment; filename=\"statistics-" + period.from() + "-"
                        + period.to() + ".csv\"")
                .build();
    }

    /** The periods the page offers as links, kept ready by {@link StatisticsReports}. */
    private List<Period> offered() {
        LocalDate today = statistics.today();
        return StatisticsReports.PREPARED_DAYS.stream()
                .map(days -> new Period(today.minusDays(days - 1L), today, days)).toList();
    }

    private Period period(String from, String to) {
        LocalDate today = statistics.today();
        LocalDate end = day(to, today);
        LocalDate start = day(from, end.minusDays(DEFAULT_DAYS - 1));
        if (end.isBefore(start)) {
            throw new BadRequestException("stats_bad_order");
        }
        if (start.plusDays(MAX_DAYS).isBefore(end)) {
            throw new BadRequestException("stats_bad_length");
        }
        return new Period(start, end, (int) java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1);
    }

    private static LocalDate day(String text, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("stats_bad_day");
        }
        if (!arbiter.system.ClientInput.isInRange(day)) {
            throw new BadRequestException("stats_bad_day");
        }
        return day;
    }

    private static String first(String acceptLanguage) {
        return acceptLanguage == null ? "en" : acceptLanguage.split("[,;]")[0].strip();
    }
}
