package arbiter.search;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import arbiter.identity.Role;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The staff's search box (issue 16, "Search"; DESIGN "Pages", {@code /search?q=}): the cases matching the query,
 * newest first, 20 a page by keyset ({@code after=} the last case's id); an exact case number, order number or
 * platform id that names one case opens it (303). No query shows the empty form; a query that cannot be run is
 * a 400 page saying why beside the box.
 */
@Path("/search")
@RolesAllowed({ Role.ARBITRATOR, Role.SUPERVISOR })
public class SearchResource {

    /** Cases on one page of results. */
    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(String q, SearchResults.Page page, String nextPage,
                SearchQuery.Invalid.Reason error);
    }

    @Inject
    CaseSearch search;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response search(@QueryParam("q") String q, @QueryParam("after") String after) {
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
            Optional<Long> named = search.exactCase(query, null);
            if (named.isPresent()) {
                return Response.seeOther(URI.create("/disputes/" + named.get())).build();
            }
        }
        SearchResults.Page page;
        try {
            page = search.find(query, null, cursor, PAGE_SIZE);
        } catch (SearchQuery.Invalid tooBroad) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.search(q, null, null, tooBroad.reason)).build();
        }
        return Response.ok(Templates.search(query.text(), page, nextPage("/search", query, page), null)).build();
    }

    /** The link to the page after {@code page}, or null on the last. */
    static String nextPage(String path, SearchQuery query, SearchResults.Page page) {
        return page.next() == null ? null
                : path + "?q=" + URLEncoder.encode(query.text(), StandardCharsets.UTF_8) + "&after=" + page.next();
    }
}
