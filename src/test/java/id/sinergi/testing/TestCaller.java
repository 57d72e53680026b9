package id.sinergi.testing;

import id.sinergi.platform.Caller;
import id.sinergi.platform.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import id.sinergi.identity.CurrentCaller;
import jakarta.interceptor.Interceptor;

import java.util.EnumSet;
import java.util.Set;

/**
 * In-container tests act as a chosen user: this alternative replaces the logged-in user that
 * services ask for while a test has chosen one. Otherwise (HTTP and browser tests, which log in for
 * real, in the same test server) it is the logged-in user of the request, as in production.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestCaller implements Caller {

    private record Identity(Long userId, String email, Set<Role> roles, Long institutionId) {
    }

    /** Chosen by the test running now; {@code null}: nobody chose, the request's own caller counts. */
    private static volatile Identity shared;
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

    @Inject
    CurrentCaller request;

    /** The identity a test chose for this thread or for all, or {@code null}. */
    private static Identity chosen() {
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

    /** After each in-container test: nobody chosen, requests are their own callers again. */
    public static void reset() {
        shared = null;
        OWN.remove();
    }

    @Override
    public boolean isAuthenticated() {
        Identity chosen = chosen();
        return chosen == null ? request.isAuthenticated() : chosen.userId() != null || chosen.roles().contains(Role.ADMIN);
    }

    @Override
    public Long userId() {
        Identity chosen = chosen();
        return chosen == null ? request.userId() : chosen.userId();
    }

    @Override
    public String auditName() {
        Identity chosen = chosen();
        return chosen == null ? request.auditName() : chosen.email();
    }

    @Override
    public String displayName() {
        Identity chosen = chosen();
        return chosen == null ? request.displayName() : chosen.email();
    }

    @Override
    public boolean hasRole(Role role) {
        Identity chosen = chosen();
        return chosen == null ? request.hasRole(role) : chosen.roles().contains(role);
    }

    @Override
    public Long institutionId() {
        Identity chosen = chosen();
        return chosen == null ? request.institutionId() : chosen.institutionId();
    }

    @Override
    public Long apiTokenId() {
        Identity chosen = chosen();
        return chosen == null ? request.apiTokenId() : null;
    }
}
