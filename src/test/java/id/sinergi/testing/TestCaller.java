package id.sinergi.testing;

import id.sinergi.platform.Caller;
import id.sinergi.platform.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.util.EnumSet;
import java.util.Set;

/**
 * In-container tests act as a chosen user: this alternative replaces the logged-in user that
 * services ask for. Only in service test deployments; HTTP and browser tests log in for real.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCaller implements Caller {

    private record Identity(Long userId, String email, Set<Role> roles, Long institutionId) {
    }

    private static volatile Identity shared = anonymousIdentity();
    /** Worker threads of a concurrency test each act as their own user. */
    private static final ThreadLocal<Identity> OWN = new ThreadLocal<>();

    private static Identity anonymousIdentity() {
        return new Identity(null, "anonymous", EnumSet.noneOf(Role.class), null);
    }

    public static void actAs(Long userId, String email, Set<Role> roles, Long institutionId) {
        shared = identity(userId, email, roles, institutionId);
    }

    /** For the calling thread only (worker threads of a concurrency test). */
    public static void actAsOnThisThread(Long userId, String email, Set<Role> roles, Long institutionId) {
        OWN.set(identity(userId, email, roles, institutionId));
    }

    private static Identity identity(Long userId, String email, Set<Role> roles, Long institutionId) {
        return new Identity(userId, email, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles), institutionId);
    }

    private static Identity current() {
        Identity own = OWN.get();
        return own != null ? own : shared;
    }

    /** An admin who is no user of the database: for setting up test data. */
    public static void actAsSystemAdmin() {
        shared = new Identity(null, "test-setup", EnumSet.of(Role.ADMIN), null);
    }

    public static void anonymous() {
        shared = anonymousIdentity();
        OWN.remove();
    }

    @Override
    public boolean isAuthenticated() {
        return current().userId() != null || current().roles().contains(Role.ADMIN);
    }

    @Override
    public Long userId() {
        return current().userId();
    }

    @Override
    public String auditName() {
        return current().email();
    }

    @Override
    public boolean hasRole(Role role) {
        return current().roles().contains(role);
    }

    @Override
    public Long institutionId() {
        return current().institutionId();
    }
}
