package arbiter.seller;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import arbiter.dispute.PartyRecords;
import arbiter.dispute.ShopRecord;
import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import arbiter.penalty.Ladder;
import arbiter.penalty.PenaltyRules;
import arbiter.penalty.PointsCalendar;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The shop's points this year, its measures in force, the year's history as a chart and a list, and its dispute-refund
 * rate with its trend and recurring reasons (issue 17); guidance. Always the signed-in seller's own shop, from the
 * token's {@code shop_id}: no address names a shop.
 */
@Path("/seller")
@RolesAllowed(Role.SELLER)
public class PointsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance points(ShopPoints.Standing standing, ShopRecord record);

        static native TemplateInstance guidance();
    }

    @Inject
    ShopPoints points;

    @Inject
    PartyRecords partyRecords;

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
        String shopId = user.requiredShopId(); // the token's shop, never one a URL names
        return Templates.points(points.of(shopId), partyRecords.ofShop(shopId));
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
