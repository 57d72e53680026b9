package id.sinergi.identity;

import id.sinergi.platform.NativeRows;
import id.sinergi.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.Set;

/**
 * Reads who a principal is for {@link CurrentCaller}. Application-scoped on purpose: the caller is created for every
 * request, and a request-scoped bean that held the entity manager and the token service itself had both injected
 * anew each time (a JNDI lookup and an EJB reference per request: a third of a vote's time in JFR, 1 December).
 */
@ApplicationScoped
class CallerRows {

    /** Who the caller is; {@code userId} null when the principal is unknown or deactivated. */
    record Row(Long userId, String email, String name, Long institutionId, Set<Role> roles, Long apiTokenId) {

        static final Row NOBODY = new Row(null, null, null, null, Set.of(), null);
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ApiTokenService tokens;

    Row read(String principal) {
        if (principal.startsWith(ApiTokenService.PRINCIPAL_PREFIX)) {
            // a token acts for its institution as a lead, attributed to its issuer, with no other role
            return tokens.byPrincipal(principal).map(token -> new Row(token.issuedBy(),
                    "api-token:" + token.tokenId() + " (" + token.name() + ")", token.name() + " (API)",
                    token.institutionId(), Set.of(Role.INSTITUTION_LEAD), token.tokenId())).orElse(Row.NOBODY);
        }
        // one plain statement per request: every API call and page pays for it (a JPQL report query was
        // prepared again on each run and cost a sixth of a vote's time)
        Row row = Row.NOBODY;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (NativeRows.Row r : NativeRows.direct(em, "SELECT u.id, u.email, u.name, u.institution_id, r.role FROM app_user u"
                + " LEFT JOIN user_role r ON r.user_id = u.id WHERE u.email = ? AND u.active = TRUE", principal)) {
            row = new Row(r.id("id"), r.string("email"), r.string("name"), r.longOrNull("institution_id"), roles, null);
            if (r.string("role") != null) {
                roles.add(Role.valueOf(r.string("role")));
            }
        }
        return row;
    }
}
