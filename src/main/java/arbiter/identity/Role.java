package arbiter.identity;

/** The Keycloak realm roles, as the code names them in {@code @RolesAllowed}. */
public final class Role {
    public static final String ARBITRATOR = "arbitrator";
    public static final String SUPERVISOR = "supervisor";
    public static final String SELLER = "seller";
    public static final String INTAKE = "intake";

    private Role() {
    }
}
