package id.sinergi.platform;

/**
 * Who is calling, as the services see it: the same for pages and the API. The identity
 * component provides it from the logged-in user; anonymous visitors are not authenticated.
 */
public interface Caller {

    boolean isAuthenticated();

    /** The user's id, or {@code null} when anonymous. */
    Long userId();

    /** A name for the audit log: the user's e-mail, or "anonymous". */
    String auditName();

    /** A name to show others (an action's history): the user's name; by default the audit name. */
    default String displayName() {
        return auditName();
    }

    boolean hasRole(Role role);

    /** The caller's institution, or {@code null}. */
    Long institutionId();

    /**
     * The API token the call came with, or {@code null}. A token acts for its institution as an
     * institution lead would, and is attributed to the person who issued it.
     */
    default Long apiTokenId() {
        return null;
    }

    default boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }
}
