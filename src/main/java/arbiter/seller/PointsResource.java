package arbiter.seller;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.penalty.Ladder;
import arbiter.penalty.PenaltyRules;
import arbiter.penalty.PointsCalendar;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The shop's points this year, its measures in force, the year's history as a chart and a list; guidance. */
@Path("/seller")
@RolesAllowed(Role.SELLER)
public class PointsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance points(ShopPoints.Standing standing);

        static native TemplateInstance guidance();
    }

    @Inject
    ShopPoints points;

    @Inject
    PenaltyRules rules;

    @Inject
    PointsCalendar calendar;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @GET
    @Path("/points")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance points() {
        return Templates.points(points.of(user.requiredShopId()));
    }

    @GET
    @Path("/points.svg")
    @Produces("image/svg+xml; charset=UTF-8")
    public String chart() {
        List<Integer> thresholds = rules.ladder().steps().stream().map(Ladder.Step::threshold).toList();
        return PointsChart.of(points.of(user.requiredShopId()), thresholds, calendar.zone(), clock.instant());
    }

    @GET
    @Path("/guidance")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance guidance() {
        return Templates.guidance();
    }
}
