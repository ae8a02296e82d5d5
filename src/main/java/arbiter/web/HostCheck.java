package arbiter.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import arbiter.system.ClientInput;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;

/**
 * Refuses (400) a request whose {@code Host} header names no host of this portal ({@link WebOrigin}), before
 * sign-in and routing: every absolute URL the portal makes (a redirect after a form, the sign-in's return
 * address) is built from that header, so a forged one must never reach them.
 */
@ApplicationScoped
public class HostCheck {

    private static final Logger LOG = Logger.getLogger(HostCheck.class);
    /** Before CORS (300) and authentication (200): an unknown host is not sent to sign in. */
    private static final int PRIORITY = 400;

    @Inject
    WebOrigin origin;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            String host = context.request().getHeader(HttpHeaders.HOST);
            if (origin.isOwnHost(host)) {
                context.next();
                return;
            }
            LOG.infof("Refused a request for host %s: not a host of this portal", ClientInput.quoted(host));
            context.response().setStatusCode(400).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end("This portal does not answer for that host name.\n");
        }, PRIORITY);
    }
}
