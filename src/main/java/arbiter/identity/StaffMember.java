package arbiter.identity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A member of the arbitration staff as Keycloak last described them at sign-in (V10). */
@Entity
@Table(name = "staff_members")
public class StaffMember extends PanacheEntityBase {

    /** Keycloak's user name, as cases are assigned to it. */
    @Id
    public String username;

    @Column(name = "display_name")
    public String displayName;

    /** {@link Role#ARBITRATOR} or {@link Role#SUPERVISOR}, the stronger one a user holds. */
    @Column(nullable = false)
    public String role;

    /** When they last signed in (UTC). */
    @Column(name = "last_signed_in", nullable = false)
    public Instant lastSignedIn;
}
