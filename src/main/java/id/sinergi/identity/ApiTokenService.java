package id.sinergi.identity;

import id.sinergi.audit.AuditService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.platform.SqlIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API tokens an admin or an institution's lead issues so that the institution's own systems can
 * report through the API. A token acts for its institution as a lead would (never with the
 * issuer's other roles); only its SHA-256 is stored, the token itself is shown once.
 */
@Stateless
public class ApiTokenService {

    static final String PREFIX = "snrg_";
    /** The principal name of a token caller: {@code token:<id>}. */
    static final String PRINCIPAL_PREFIX = "token:";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditService audit;

    public record TokenView(long id, long institutionId, String institution, String name, String issuedBy,
                            Instant issuedAt, Instant revokedAt, Instant lastUsedAt) implements Serializable {
        public boolean isActive() {
            return revokedAt == null;
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
                        @NotBlank(message = "{token.nameRequired}") @Size(max = 120, message = "{token.nameTooLong}") String name) {
        if (!manageable().contains(institutionId)) {
            throw audit.refuse("token.issue", "Institution", institutionId, "token.notYourInstitution");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.createNativeQuery("INSERT INTO api_token (institution_id, name, token_hash, issued_by, issued_at) VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, institutionId).setParameter(2, name.strip()).setParameter(3, hash(token))
                .setParameter(4, caller.userId()).setParameter(5, Instant.now()).executeUpdate();
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
        if (em.createNativeQuery("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL")
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
        for (Object o : em.createNativeQuery("SELECT t.id, t.institution_id, COALESCE(i.short_name, i.name), t.name, u.name,"
                        + " t.issued_at, t.revoked_at, t.last_used_at FROM api_token t JOIN institution i ON i.id = t.institution_id"
                        + " JOIN app_user u ON u.id = t.issued_by WHERE t.institution_id IN (" + SqlIds.list(ids) + ")"
                        + " ORDER BY t.issued_at DESC, t.id DESC")
                .setFirstResult(first).setMaxResults(pageSize).getResultList()) {
            Object[] r = (Object[]) o;
            tokens.add(new TokenView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], instant(r[5]), instant(r[6]), instant(r[7])));
        }
        return tokens;
    }

    public long count() {
        List<Long> ids = manageable();
        return ids.isEmpty() ? 0 : ((Number) em.createNativeQuery("SELECT COUNT(*) FROM api_token WHERE institution_id IN ("
                + SqlIds.list(ids) + ")").getSingleResult()).longValue();
    }

    /** The token's identity if it is valid and not revoked (the issuer must still be active). */
    public Optional<TokenCaller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("SELECT t.id, t.name, t.institution_id, t.issued_by FROM api_token t"
                        + " JOIN app_user u ON u.id = t.issued_by WHERE t.token_hash = ? AND t.revoked_at IS NULL AND u.active")
                .setParameter(1, hash(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.getFirst();
        long id = ((Number) r[0]).longValue();
        // once a minute is enough to tell which tokens are still in use
        em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL"
                + " OR last_used_at < ?)").setParameter(1, Instant.now()).setParameter(2, id)
                .setParameter(3, Instant.now().minusSeconds(60)).executeUpdate();
        return Optional.of(new TokenCaller(id, (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
    }

    /** The identity behind a {@code token:<id>} principal, for {@link CurrentCaller}. */
    public Optional<TokenCaller> byPrincipal(String principal) {
        List<?> rows = em.createNativeQuery("SELECT t.id, t.name, t.institution_id, t.issued_by FROM api_token t"
                        + " JOIN app_user u ON u.id = t.issued_by WHERE t.id = ? AND t.revoked_at IS NULL AND u.active")
                .setParameter(1, Long.valueOf(principal.substring(PRINCIPAL_PREFIX.length()))).getResultList();
        return rows.stream().map(o -> (Object[]) o).findFirst().map(r -> new TokenCaller(((Number) r[0]).longValue(),
                (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(Object o) {
        return o == null ? null : ((Timestamp) o).toInstant();
    }
}
