package arbiter.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import arbiter.web.TokenClaims;
import io.quarkus.oidc.SecurityEvent;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The arbitration staff the portal knows: every user who signed in with the {@code arbitrator} or
 * {@code supervisor} role, learnt at each sign-in (Keycloak's OIDC login event) rather than asked of
 * Keycloak's admin API, so the portal needs no admin credentials of its own. Cases are reassigned only to them.
 */
@ApplicationScoped
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ManagedExecutor executor;

    /** A sign-in: runs on the I/O thread, so the write is handed to a worker. */
    void signedIn(@Observes SecurityEvent event) {
        if (event.getEventType() != SecurityEvent.Type.OIDC_LOGIN || event.getSecurityIdentity() == null) {
            return;
        }
        SecurityIdentity identity = event.getSecurityIdentity();
        String role = identity.hasRole(Role.SUPERVISOR) ? Role.SUPERVISOR
                : identity.hasRole(Role.ARBITRATOR) ? Role.ARBITRATOR : null;
        if (role == null) {
            return;
        }
        String username = TokenClaims.text(identity.getPrincipal(), "preferred_username")
                .orElse(identity.getPrincipal().getName());
        String name = TokenClaims.text(identity.getPrincipal(), "name").orElse(null);
        executor.runAsync(() -> learn(username, name, role)).exceptionally(e -> {
            LOG.warnf("Could not record the sign-in of %s as staff: %s", username, e.getMessage());
            return null;
        });
    }

    /** Records (or refreshes) a staff member; {@code role} is {@link Role#ARBITRATOR} or {@link Role#SUPERVISOR}. */
    @Transactional
    public void learn(String username, String displayName, String role) {
        em.createNativeQuery("""
                INSERT INTO staff_members (username, display_name, role, last_signed_in) VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                                                     last_signed_in = excluded.last_signed_in""")
                .setParameter(1, username).setParameter(2, displayName).setParameter(3, role)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        kept = null;
    }

    /** The staff member of that user name, if the portal has seen them sign in as staff. */
    public Optional<StaffMember> find(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(StaffMember.findById(username));
    }

    /** A staff member as other features name them: user name and display name (null when Keycloak had none). */
    public record Member(String username, String displayName) {
    }

    /** How long {@link #all()} serves the list it read: a new member learnt on another instance shows after this. */
    static final java.time.Duration LIST_KEPT_FOR = java.time.Duration.ofMinutes(1);

    private record Kept(List<Member> members, java.time.Instant until) {
    }

    private volatile Kept kept;

    /**
     * Every known staff member, by user name. Read at most once a minute (the case page's reassign list, within its
     * statement budget); a sign-in learnt here is in the next read at once.
     */
    public List<Member> all() {
        Kept known = kept;
        java.time.Instant now = clock.instant();
        if (known != null && known.until().isAfter(now)) {
            return known.members();
        }
        List<Member> members = StaffMember.<StaffMember> list("order by username").stream()
                .map(m -> new Member(m.username, m.displayName)).toList();
        kept = new Kept(members, now.plus(LIST_KEPT_FOR));
        return members;
    }
}
