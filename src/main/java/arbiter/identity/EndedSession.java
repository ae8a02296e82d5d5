package arbiter.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A Keycloak session (its {@code sid}) that was signed out. The session cookie is self-contained, so
 * without this list a copy of it would keep working until its tokens expired.
 */
@Entity
@Table(name = "ended_sessions")
public class EndedSession extends PanacheEntityBase {

    @Id
    public String sid;

    @Column(name = "ended_at", nullable = false)
    public Instant endedAt;
}
