package arbiter.intake;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The OpenAPI document at {@code /q/openapi} describes the platform's API ({@code /api/...}) and nothing else: the
 * pages, the sign-out and the demo receiver are no one's contract, and listing them only maps the portal for a
 * prober. Registered through {@code mp.openapi.filter}, so a route added later is left out unless it is API.
 */
public class ApiOnlyDescription implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().keySet().stream().filter(path -> !path.startsWith("/api/")).toList()
                .forEach(openAPI.getPaths()::removePathItem);
    }
}
