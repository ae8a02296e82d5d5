package arbiter.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The language switch: remembered in a cookie, then back to the page it was used on. */
@Path("/language")
public class LanguageResource {

    @POST
    @Authenticated
    public Response choose(@FormParam("lang") String lang, @FormParam("back") String back) {
        if (lang == null || !Languages.isSupported(lang)) {
            throw new BadRequestException("Unsupported language: " + lang);
        }
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                .httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(localPath(back))).cookie(cookie).build();
    }

    /** Only a path of this portal: never a redirect to somewhere else. */
    static String localPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
