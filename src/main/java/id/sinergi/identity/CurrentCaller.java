package id.sinergi.identity;

import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

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

    @PersistenceContext
    private EntityManager em;

    private boolean loaded;
    private Long userId;
    private String email;
    private String name;
    private Long institutionId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Long apiTokenId;

    @Inject
    private ApiTokenService tokens;

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Principal principal = principal();
        if (principal == null) {
            return;
        }
        if (principal.getName().startsWith(ApiTokenService.PRINCIPAL_PREFIX)) {
            // a token acts for its institution as a lead, attributed to its issuer, with no other role
            tokens.byPrincipal(principal.getName()).ifPresent(token -> {
                apiTokenId = token.tokenId();
                userId = token.issuedBy();
                email = "api-token:" + token.tokenId() + " (" + token.name() + ")";
                name = token.name() + " (API)";
                institutionId = token.institutionId();
                roles.add(Role.INSTITUTION_LEAD);
            });
            return;
        }
        // one plain statement per request: every API call and page pays for it (a JPQL report query was
        // prepared again on each run and cost a sixth of a vote's time)
        for (NativeRows.Row row : NativeRows.direct(em, "SELECT u.id, u.email, u.name, u.institution_id, r.role FROM app_user u"
                + " LEFT JOIN user_role r ON r.user_id = u.id WHERE u.email = ? AND u.active = TRUE", principal.getName())) {
            userId = row.id("id");
            email = row.string("email");
            name = row.string("name");
            institutionId = row.longOrNull("institution_id");
            if (row.string("role") != null) {
                roles.add(Role.valueOf(row.string("role")));
            }
        }
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
        load();
        return userId != null;
    }

    @Override
    public Long userId() {
        load();
        return userId;
    }

    @Override
    public String auditName() {
        load();
        return email == null ? "anonymous" : email;
    }

    @Override
    public boolean hasRole(Role role) {
        load();
        return roles.contains(role);
    }

    @Override
    public Long institutionId() {
        load();
        return institutionId;
    }

    @Override
    public String displayName() {
        load();
        return name == null ? auditName() : name;
    }

    @Override
    public Long apiTokenId() {
        load();
        return apiTokenId;
    }

    /** For pages: {@code #{caller.name}}, {@code #{caller.is('ADMIN')}}. */
    public String getName() {
        load();
        return name;
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
