package arbiter.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** The signed-out sessions, shared by every portal instance through the database. */
@ApplicationScoped
public class EndedSessions {

    @Inject
    Clock clock;

    @Transactional
    public void end(String sid) {
        if (EndedSession.findById(sid) == null) {
            EndedSession ended = new EndedSession();
            ended.sid = sid;
            ended.endedAt = clock.instant();
            ended.persist();
        }
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEnded(String sid) {
        return EndedSession.count("sid", sid) > 0;
    }
}
