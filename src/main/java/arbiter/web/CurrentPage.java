package arbiter.web;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The page being rendered, for links back to it (the language switch returns here). */
@RequestScoped
@Named("currentPage")
public class CurrentPage {

    /** Where quarkus-rest-csrf leaves the request's token once its filter has run. */
    static final String CSRF_TOKEN_ATTRIBUTE = "csrf_token";

    @Inject
    RoutingContext context;

    public String getPath() {
        return context.request().uri();
    }

    /**
     * Whether the page can carry forms. An error page rendered before the CSRF filter ran (a request
     * refused by the access rules) has no token for them, so it shows its links but no forms.
     */
    public boolean isFormsAllowed() {
        return context.get(CSRF_TOKEN_ATTRIBUTE) != null;
    }
}
