package arbiter.identity;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The signed-out sessions, shared by every portal instance through the database. A session found still
 * open is not asked about again for a few seconds ({@code arbiter.sessions.recheck-after}): the instance
 * that signs a session out forgets it at once; the others refuse it within that time.
 */
@ApplicationScoped
public class EndedSessions {

    @Inject
    Clock clock;

    private final Cache<String, Boolean> stillOpen;

    @Inject
    EndedSessions(@ConfigProperty(name = "arbiter.sessions.recheck-after", defaultValue = "5s") Duration recheckAfter) {
        stillOpen = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(recheckAfter).build();
    }

    @Transactional
    public void end(String sid) {
        stillOpen.invalidate(sid);
        if (EndedSession.findById(sid) == null) {
            EndedSession ended = new EndedSession();
            ended.sid = sid;
            ended.endedAt = clock.instant();
            ended.persist();
        }
    }

    /** Answered from memory: the session was found open a moment ago. */
    public boolean knownOpen(String sid) {
        return stillOpen.getIfPresent(sid) != null;
    }

    /** Asks the database (blocking) unless the session was found open a moment ago. */
    public boolean isEnded(String sid) {
        if (knownOpen(sid)) {
            return false;
        }
        boolean ended = lookUp(sid);
        if (!ended) {
            stillOpen.put(sid, Boolean.TRUE);
        }
        return ended;
    }

    @ActivateRequestContext
    boolean lookUp(String sid) {
        return EndedSession.count("sid", sid) > 0;
    }
}
