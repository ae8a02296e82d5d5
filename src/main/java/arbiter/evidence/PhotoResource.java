package arbiter.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import arbiter.identity.CurrentUser;
import arbiter.identity.Role;

/**
 * Photos, at {@code /photos/{sha256}/thumbnail} and {@code /photos/{sha256}/display}: only to users allowed
 * to see a case that holds them (404 to everyone else, so existence does not leak). A photo never changes
 * under its hash, so browsers may keep it for a year; it is private to the signed-in user.
 */
@Path("/photos/{sha256}/{size}")
@RolesAllowed({ Role.ARBITRATOR, Role.SUPERVISOR, Role.SELLER })
public class PhotoResource {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final String CACHE_CONTROL = "private, max-age=31536000, immutable";

    @Inject
    CurrentUser user;

    @Inject
    PhotoAccess access;

    @Inject
    PhotoStorage storage;

    @Inject
    PhotoCache cache;

    @GET
    public Response photo(@PathParam("sha256") String sha256, @PathParam("size") String size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        PhotoVariant.Size variant = parseSize(size);
        if (!SHA256.matcher(sha256).matches() || !mayView(sha256)) {
            throw new NotFoundException();
        }
        EntityTag tag = new EntityTag(sha256 + "-" + variant.name().toLowerCase(Locale.ROOT));
        if (ifNoneMatch != null && (ifNoneMatch.contains(tag.getValue()) || ifNoneMatch.trim().equals("*"))) {
            return Response.notModified(tag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
        }
        PhotoStorage.StoredRendition rendition = cache.rendition(sha256, variant, () -> storage.get(sha256, variant))
                .orElseThrow(NotFoundException::new);
        return Response.ok(rendition.data(), rendition.contentType())
                .tag(tag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                .build();
    }

    private boolean mayView(String sha256) {
        if (user.isStaff()) {
            return cache.visible(sha256, null, () -> access.inAnyCase(sha256));
        }
        return user.shopId()
                .map(shop -> cache.visible(sha256, shop, () -> access.inShopsCases(sha256, shop)))
                .orElse(false);
    }

    private static PhotoVariant.Size parseSize(String size) {
        return switch (size) {
            case "thumbnail" -> PhotoVariant.Size.THUMBNAIL;
            case "display" -> PhotoVariant.Size.DISPLAY;
            default -> throw new NotFoundException();
        };
    }
}
