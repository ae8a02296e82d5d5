package arbiter.identity;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import arbiter.web.TokenClaims;
import io.quarkus.security.identity.SecurityIdentity;

/** Who is signed in, as the pages need it: name, roles, and a seller's shop. */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    public String getUsername() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public String getDisplayName() {
        return claim("name").filter(name -> !name.isBlank()).orElse(getUsername());
    }

    public boolean isArbitrator() {
        return identity.hasRole(Role.ARBITRATOR);
    }

    public boolean isSupervisor() {
        return identity.hasRole(Role.SUPERVISOR);
    }

    public boolean isSeller() {
        return identity.hasRole(Role.SELLER);
    }

    /** Staff work the dispute queue: arbitrators and supervisors. */
    public boolean isStaff() {
        return isArbitrator() || isSupervisor();
    }

    /** The seller's shop, from the token's {@code shop_id} claim. */
    public Optional<String> shopId() {
        return isSeller() ? claim("shop_id").filter(id -> !id.isBlank()) : Optional.empty();
    }

    /**
     * The seller's shop, for pages that show only that shop's data. A seller account without a shop is refused
     * (403) rather than shown everything.
     */
    public String requiredShopId() {
        return shopId().orElseThrow(jakarta.ws.rs.ForbiddenException::new);
    }

    public String getShopId() {
        return shopId().orElse("");
    }

    private Optional<String> claim(String name) {
        return TokenClaims.text(identity.getPrincipal(), name);
    }
}
