package arbiter.web;

import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

/** The language switch: remembered in a cookie, then back to the page it was used on. */
@Path("/language")
public class LanguageResource {

    /**
     * A path of this portal, with its query: printable characters a URL may hold unescaped (RFC 3986), no
     * space, quote, backslash or control character, and never {@code //} (another host) at its start.
     */
    private static final Pattern LOCAL_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~!$&()*+,;=:@/?%]{0,2000}");

    @Inject
    WebOrigin origin;

    @POST
    @Authenticated
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        if (lang == null || !Languages.isSupported(lang)) {
            throw new BadRequestException("Unsupported language: " + lang);
        }
        NewCookie cookie = origin.cookie(Languages.COOKIE).value(lang).maxAge(365 * 24 * 3600).build();
        // Relative: the browser resolves it against the page it is on, whatever Host the request named.
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, localPath(back)).cookie(cookie)
                .build();
    }

    /** Only a path of this portal, as it may stand in a Location header: anything else goes to the start page. */
    static String localPath(String back) {
        if (back == null || !LOCAL_PATH.matcher(back).matches()) {
            return "/";
        }
        return back;
    }
}
