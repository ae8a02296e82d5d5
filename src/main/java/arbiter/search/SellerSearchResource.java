package arbiter.search;

import java.net.URI;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.identity.CurrentUser;
import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The seller's search (issue 16, "Search"; DESIGN "Pages", {@code /seller/search}): only the cases of the shop in
 * the seller's token, only where the seller's own case page looks (never staff notes, the buyer's platform id or
 * nick); another shop's case is never found, not even by its exact number. Paged and refused as the staff's search
 * ({@link SearchResource}); an exact case or order number of the shop opens the seller's case page.
 */
@Path("/seller/search")
@RolesAllowed(Role.SELLER)
public class SellerSearchResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, SearchResults.Page page, String nextPage,
                SearchQuery.Invalid.Reason error);
    }

    @Inject
    CaseSearch search;

    @Inject
    CurrentUser user;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@QueryParam("q") String q, @QueryParam("after") String after) {
        String shopId = user.requiredShopId();
        SearchQuery query;
        Long cursor;
        try {
            query = SearchQuery.parse(q);
            cursor = SearchQuery.parseAfter(after);
        } catch (SearchQuery.Invalid invalid) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(q, null, null, invalid.reason)).build();
        }
        if (query == null) {
            return Response.ok(Templates.search("", null, null, null)).build();
        }
        if (cursor == null) {
            Optional<Long> named = search.exactCase(query, shopId);
            if (named.isPresent()) {
                return Response.seeOther(URI.create("/seller/disputes/" + named.get())).build();
            }
        }
        SearchResults.Page page;
        try {
            page = search.find(query, shopId, cursor, SearchResource.PAGE_SIZE);
        } catch (SearchQuery.Invalid tooBroad) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(q, null, null, tooBroad.reason)).build();
        }
        return Response.ok(Templates.search(query.text(), page, SearchResource.nextPage("/seller/search", query, page),
                null)).build();
    }
}
