package id.sinergi.identity;

import id.sinergi.audit.AuditService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.SqlIds;
import id.sinergi.platform.Tokens;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * API tokens an admin or an institution's lead issues so that the institution's own systems can
 * report through the API. A token belongs to its institution, not to its issuer: it reaches only
 * the institution's action endpoints ({@code /api/v1/actions}), expires on the day chosen at issue
 * (a year by default), and stops working (revoked by the system, as the list then shows) as soon
 * as its issuer is no longer a lead of that institution or of one above it, nor an admin. Only
 * its SHA-256 is stored; the token itself is shown once.
 */
@Stateless
public class ApiTokenService {

    static final String PREFIX = "snrg_";
    /** How long a token may be valid, in days: the choices at issue, the last one the default. */
    public static final List<Integer> VALIDITY_DAYS = List.of(30, 90, 180, 365);
    /** The principal name of a token caller: {@code token:<id>}. */
    static final String PRINCIPAL_PREFIX = "token:";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditService audit;

    public record TokenView(long id, long institutionId, String institution, String name, String issuedBy,
                            Instant issuedAt, Instant revokedAt, Instant lastUsedAt, Instant expiresAt, String revokeReason)
            implements Serializable {
        public boolean isActive() {
            return revokedAt == null && Instant.now().isBefore(expiresAt);
        }

        /** Why it no longer works, as a message key; {@code null} while it does. */
        public String stateKey() {
            return revokedAt != null ? ("ISSUER".equals(revokeReason) ? "token.stateRevokedIssuer" : "token.stateRevoked")
                    : isActive() ? null : "token.stateExpired";
        }
    }

    /** A token just issued: {@code token} is shown once and never again. */
    public record Issued(long id, String token) implements Serializable {
    }

    /** The identity a valid token stands for. */
    public record TokenCaller(long tokenId, String name, long institutionId, long issuedBy) {
    }

    /** The institutions the caller may issue tokens for: all for admins, their own and its offices for leads. */
    public List<Long> manageable() {
        if (caller.hasRole(Role.ADMIN)) {
            return institutions.findAll().stream().map(i -> i.getId()).toList();
        }
        if (caller.hasRole(Role.INSTITUTION_LEAD) && caller.apiTokenId() == null) {
            return institutions.selfAndDescendantIds(caller.institutionId());
        }
        return List.of();
    }

    public Issued issue(@NotNull Long institutionId,
                        @NotBlank(message = "{token.nameRequired}") @Size(max = 120, message = "{token.nameTooLong}") String name,
                        int validDays) {
        if (!manageable().contains(institutionId)) {
            throw audit.refuse("token.issue", "Institution", institutionId, "token.notYourInstitution");
        }
        if (!VALIDITY_DAYS.contains(validDays)) {
            throw new BusinessException("token.validityInvalid");
        }
        String token = PREFIX + Tokens.newToken();
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO api_token (institution_id, name, token_hash, issued_by, issued_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, institutionId).setParameter(2, name.strip()).setParameter(3, Tokens.sha256(token))
                .setParameter(4, caller.userId()).setParameter(5, now).setParameter(6, now.plus(Duration.ofDays(validDays)))
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        audit.record("token.issue", "ApiToken", id, institutionId + ": " + name.strip());
        return new Issued(id, token);
    }

    public void revoke(@NotNull Long tokenId) {
        List<?> rows = em.createNativeQuery("SELECT institution_id FROM api_token WHERE id = ?").setParameter(1, tokenId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("token.notFound");
        }
        if (!manageable().contains(((Number) rows.getFirst()).longValue())) {
            throw audit.refuse("token.revoke", "ApiToken", tokenId, "token.notYourInstitution");
        }
        if (em.createNativeQuery("UPDATE api_token SET revoked_at = ?, revoked_by = ?, revoke_reason = 'REVOKED'"
                        + " WHERE id = ? AND revoked_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, caller.userId()).setParameter(3, tokenId).executeUpdate() == 0) {
            throw new BusinessException("token.alreadyRevoked");
        }
        audit.record("token.revoke", "ApiToken", tokenId, null);
    }

    /** The tokens of the institutions the caller manages, newest first, paged. */
    public List<TokenView> list(int first, int pageSize) {
        List<Long> ids = manageable();
        List<TokenView> tokens = new ArrayList<>();
        if (ids.isEmpty()) {
            return tokens;
        }
        for (NativeRows.Row r : NativeRows.query(em, "SELECT t.id, t.institution_id,"
                + " COALESCE(i.short_name, i.name) AS institution, t.name, u.name AS issuer,"
                + " t.issued_at, t.revoked_at, t.last_used_at, t.expires_at, t.revoke_reason"
                + " FROM api_token t JOIN shared_institution i ON i.id = t.institution_id"
                + " JOIN app_user u ON u.id = t.issued_by WHERE t.institution_id IN (" + SqlIds.list(ids) + ")"
                + " ORDER BY t.issued_at DESC, t.id DESC LIMIT ? OFFSET ?", pageSize, first)) {
            tokens.add(new TokenView(r.id("id"), r.id("institution_id"), r.string("institution"), r.string("name"),
                    r.string("issuer"), r.instant("issued_at"), r.instant("revoked_at"), r.instant("last_used_at"),
                    r.instant("expires_at"), r.string("revoke_reason")));
        }
        return tokens;
    }

    public long count() {
        List<Long> ids = manageable();
        return ids.isEmpty() ? 0 : ((Number) em.createNativeQuery("SELECT COUNT(*) FROM api_token WHERE institution_id IN ("
                + SqlIds.list(ids) + ")").getSingleResult()).longValue();
    }

    /**
     * The token's identity if it is valid: not revoked, not expired, and its issuer still an admin
     * or a lead of its institution (or of one above it). A token whose issuer lost that is revoked
     * here, once, by the system.
     */
    public Optional<TokenCaller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Optional<TokenCaller> valid = valid("t.token_hash = ?", Tokens.sha256(token));
        // once a minute is enough to tell which tokens are still in use
        valid.ifPresent(t -> em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL"
                        + " OR last_used_at < ?)").setParameter(1, Instant.now()).setParameter(2, t.tokenId())
                .setParameter(3, Instant.now().minusSeconds(60)).executeUpdate());
        return valid;
    }

    /** The identity behind a {@code token:<id>} principal, for {@link CurrentCaller}: checked as at the start of the call. */
    public Optional<TokenCaller> byPrincipal(String principal) {
        return valid("t.id = ?", Long.valueOf(principal.substring(PRINCIPAL_PREFIX.length())));
    }

    private Optional<TokenCaller> valid(String where, Object key) {
        Instant now = Instant.now();
        Optional<NativeRows.Row> found = NativeRows.first(em, "SELECT t.id, t.name, t.institution_id, t.issued_by,"
                + " u.institution_id AS issuer_institution_id,"
                + " EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'ADMIN') AS is_admin,"
                + " EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'INSTITUTION_LEAD') AS is_lead"
                + " FROM api_token t JOIN app_user u ON u.id = t.issued_by"
                + " WHERE " + where + " AND t.revoked_at IS NULL AND t.expires_at > ? AND u.active", key, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NativeRows.Row r = found.get();
        long id = r.id("id");
        long institution = r.id("institution_id");
        Long issuerInstitution = r.longOrNull("issuer_institution_id");
        boolean admin = r.bool("is_admin");
        boolean lead = r.bool("is_lead") && issuerInstitution != null
                && institutions.selfAndDescendantIds(issuerInstitution).contains(institution);
        if (!admin && !lead) {
            if (em.createNativeQuery("UPDATE api_token SET revoked_at = ?, revoke_reason = 'ISSUER' WHERE id = ? AND revoked_at IS NULL")
                    .setParameter(1, now).setParameter(2, id).executeUpdate() == 1) {
                audit.recordSystem("token.revoke", "ApiToken", id, "its issuer is no longer a lead of institution " + institution);
            }
            return Optional.empty();
        }
        return Optional.of(new TokenCaller(id, r.string("name"), institution, r.id("issued_by")));
    }
}
