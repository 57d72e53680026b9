package id.sinergi.identity;

import id.sinergi.audit.AuditService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.SqlIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Affiliations that mean something: the institution a user names is a claim until a lead of that
 * institution (or of one above it), a moderator of a forum the user is in, or an admin confirms
 * it. Only confirmed affiliations form groups in vote results.
 */
@Stateless
public class AffiliationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private InstitutionService institutions;

    @Inject
    private NotificationService notifications;

    @Inject
    private ModeratedPeople moderated;

    /** One claim waiting for confirmation, as the queue shows it. */
    public record Claim(Long userId, String name, String email, Long institutionId, String institution,
                        Instant registeredAt) implements Serializable {
    }

    /** The claims the caller may confirm, oldest first. */
    public List<Claim> queue(int first, int pageSize) {
        Scope scope = scope("affiliation.queue");
        return NativeRows.query(em, "SELECT u.id, u.name, u.email, i.id AS institution_id, i.name AS institution, u.created_at"
                        + " FROM app_user u JOIN shared_institution i ON i.id = u.institution_id" + where(scope)
                        + " ORDER BY u.created_at, u.id LIMIT ? OFFSET ?", pageSize, first).stream()
                .map(r -> new Claim(r.id("id"), r.string("name"), r.string("email"), r.id("institution_id"),
                        r.string("institution"), r.instant("created_at"))).toList();
    }

    public long count() {
        Scope scope = scope("affiliation.queue");
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user u" + where(scope)).getSingleResult()).longValue();
    }

    /** Confirms the user's claimed institution; confirming twice (or where nothing is claimed) changes nothing. */
    public void confirm(@NotNull Long userId) {
        Scope scope = scope("affiliation.confirm");
        if (!hasClaim(userId)) {
            return;
        }
        if (!mayDecide(scope, userId)) {
            throw audit.refuse("affiliation.confirm", "User", userId, "affiliation.notYours");
        }
        int changed = em.createNativeQuery("UPDATE app_user SET affiliation_confirmed_at = ?, affiliation_confirmed_by = ?"
                        + " WHERE id = ? AND institution_id IS NOT NULL AND affiliation_confirmed_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, caller.userId()).setParameter(3, userId).executeUpdate();
        if (changed > 0) {
            audit.record("affiliation.confirm", "User", userId, null);
        }
    }

    /** Declines the claim: the user has no institution until they name one that is confirmed. */
    public void reject(@NotNull Long userId) {
        Scope scope = scope("affiliation.reject");
        if (!mayDecide(scope, userId)) {
            throw audit.refuse("affiliation.reject", "User", userId, "affiliation.notYours");
        }
        int changed = em.createNativeQuery("UPDATE app_user SET institution_id = NULL WHERE id = ?"
                        + " AND institution_id IS NOT NULL AND affiliation_confirmed_at IS NULL")
                .setParameter(1, userId).executeUpdate();
        if (changed > 0) {
            audit.record("affiliation.reject", "User", userId, null);
            notifications.notify(userId, "notify.affiliationRejected", null, "/settings");
        }
    }

    /**
     * Whom the caller may decide for: everyone (admin), the institutions under the caller's
     * (lead), the members of the forums the caller moderates (moderator).
     */
    private record Scope(boolean all, List<Long> institutions, List<Long> members) {
        boolean none() {
            return !all && institutions.isEmpty() && members.isEmpty();
        }
    }

    private Scope scope(String action) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse(action, "User", null, "error.unauthenticated");
        }
        if (caller.hasRole(Role.ADMIN)) {
            return new Scope(true, List.of(), List.of());
        }
        List<Long> own = caller.hasRole(Role.INSTITUTION_LEAD) && caller.apiTokenId() == null
                ? institutions.selfAndDescendantIds(caller.institutionId()) : List.of();
        List<Long> members = caller.hasRole(Role.MODERATOR) ? moderated.membersOfForumsModeratedBy(caller.userId()) : List.of();
        Scope scope = new Scope(false, own, members);
        if (scope.none()) {
            throw audit.refuse(action, "User", null, "affiliation.notYours");
        }
        return scope;
    }

    private static String where(Scope scope) {
        String base = " WHERE u.active AND u.institution_id IS NOT NULL AND u.affiliation_confirmed_at IS NULL";
        if (scope.all()) {
            return base;
        }
        String mine = scope.institutions().isEmpty() ? "FALSE" : "u.institution_id IN (" + SqlIds.list(scope.institutions()) + ")";
        String members = scope.members().isEmpty() ? "FALSE" : "u.id IN (" + SqlIds.list(scope.members()) + ")";
        return base + " AND (" + mine + " OR " + members + ")";
    }

    private boolean hasClaim(Long userId) {
        return !em.createNativeQuery("SELECT 1 FROM app_user WHERE id = ? AND institution_id IS NOT NULL"
                + " AND affiliation_confirmed_at IS NULL").setParameter(1, userId).getResultList().isEmpty();
    }

    private boolean mayDecide(Scope scope, Long userId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM app_user u" + where(scope) + " AND u.id = ?")
                .setParameter(1, userId).getSingleResult()).longValue() > 0;
    }
}
