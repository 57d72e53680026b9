package id.sinergi.identity;

import id.sinergi.platform.Caller;
import id.sinergi.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/**
 * The logged-in user as the services see it, read from the database once per request: roles and
 * deactivation take effect at once, not only at the next login.
 */
@Named("caller")
@RequestScoped
public class CurrentCaller implements Caller {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private CallerRows rows;

    private CallerRows.Row row;

    private CallerRows.Row load() {
        if (row == null) {
            Principal principal = principal();
            row = principal == null ? CallerRows.Row.NOBODY : rows.read(principal.getName());
        }
        return row;
    }

    /**
     * The servlet request knows the caller on every dispatch, error pages included, where
     * Jakarta Security's context is not set up; outside a request, Jakarta Security answers.
     */
    private Principal principal() {
        try {
            return request.getUserPrincipal();
        } catch (RuntimeException noServletRequest) {
            return securityContext.getCallerPrincipal();
        }
    }

    @Override
    public boolean isAuthenticated() {
        return load().userId() != null;
    }

    @Override
    public Long userId() {
        return load().userId();
    }

    @Override
    public String auditName() {
        String email = load().email();
        return email == null ? "anonymous" : email;
    }

    @Override
    public boolean hasRole(Role role) {
        return load().roles().contains(role);
    }

    @Override
    public Long institutionId() {
        return load().institutionId();
    }

    @Override
    public String displayName() {
        String name = load().name();
        return name == null ? auditName() : name;
    }

    @Override
    public Long apiTokenId() {
        return load().apiTokenId();
    }

    /** For pages: {@code #{caller.name}}, {@code #{caller.is('ADMIN')}}. */
    public String getName() {
        return load().name();
    }

    public boolean isLoggedIn() {
        return isAuthenticated();
    }

    public boolean is(String role) {
        return hasRole(Role.valueOf(role));
    }

    public boolean isModeratorOrAdmin() {
        return hasRole(Role.MODERATOR) || hasRole(Role.ADMIN);
    }
}
