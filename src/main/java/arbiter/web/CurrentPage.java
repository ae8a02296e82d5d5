package arbiter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.vertx.ext.web.RoutingContext;

/** The page being rendered, for links back to it (the language switch returns here). */
@RequestScoped
@Named("currentPage")
public class CurrentPage {

    @Inject
    RoutingContext context;

    public String getPath() {
        return context.request().uri();
    }
}
