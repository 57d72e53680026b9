package id.sinergi.audit;

import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.Formats;
import id.sinergi.platform.Role;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Stateless
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Resource
    private SessionContext context;

    /** Records a completed operation in the caller's transaction: rolled back with it. */
    public void record(String action, String objectType, Object objectId, String detail) {
        em.persist(entry(action, objectType, objectId, AuditOutcome.SUCCESS, detail));
    }

    /** Records what the application did by itself (a timer, start-up), in the current transaction. */
    public void recordSystem(String action, String objectType, Object objectId, String detail) {
        em.persist(new AuditEntry(Instant.now(), null, "system", action, objectType,
                objectId == null ? null : objectId.toString(), AuditOutcome.SUCCESS, detail));
    }

    /**
     * Records a refused operation in a transaction of its own, so the record stays when the
     * operation rolls back, and gives the exception to throw.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public AccessDeniedException refuse(String action, String objectType, Object objectId, String messageKey,
                                        Object... arguments) {
        em.persist(entry(action, objectType, objectId, AuditOutcome.DENIED, messageKey));
        return new AccessDeniedException(messageKey, arguments);
    }

    /**
     * Records, in a transaction of its own, what happened for someone who is not (yet) the
     * caller: a login and its failures, where the actor is the account being logged in to.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFor(Long actorId, String actorName, String action, AuditOutcome outcome, String detail) {
        em.persist(new AuditEntry(Instant.now(), actorId, actorName, action, "User",
                actorId == null ? null : actorId.toString(), outcome, detail));
    }

    public List<AuditEntry> search(AuditFilter filter, int first, int pageSize) {
        requireAdmin();
        TypedQuery<AuditEntry> query = em.createQuery(
                "select a from AuditEntry a" + where(filter) + " order by a.occurredAt desc, a.id desc",
                AuditEntry.class);
        bind(query, filter);
        return query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count(AuditFilter filter) {
        requireAdmin();
        TypedQuery<Long> query = em.createQuery("select count(a) from AuditEntry a" + where(filter),
                Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    private void requireAdmin() {
        if (!caller.hasRole(Role.ADMIN)) {
            throw context.getBusinessObject(AuditService.class).refuse("audit.read", "AuditLog", null, "error.adminOnly");
        }
    }

    private static String where(AuditFilter f) {
        List<String> clauses = new ArrayList<>();
        if (notBlank(f.actor())) clauses.add("lower(a.actorName) like :actor");
        if (notBlank(f.action())) clauses.add("a.action like :action");
        if (f.outcome() != null) clauses.add("a.outcome = :outcome");
        if (f.from() != null) clauses.add("a.occurredAt >= :from");
        if (f.to() != null) clauses.add("a.occurredAt < :to");
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> q, AuditFilter f) {
        if (notBlank(f.actor())) q.setParameter("actor", "%" + f.actor().trim().toLowerCase() + "%");
        if (notBlank(f.action())) q.setParameter("action", f.action().trim() + "%");
        if (f.outcome() != null) q.setParameter("outcome", f.outcome());
        if (f.from() != null) q.setParameter("from", f.from().atStartOfDay(Formats.ZONE).toInstant());
        if (f.to() != null) q.setParameter("to", f.to().plusDays(1).atStartOfDay(Formats.ZONE).toInstant());
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private AuditEntry entry(String action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
        return new AuditEntry(Instant.now(), caller.userId(), caller.auditName(), action, objectType,
                objectId == null ? null : objectId.toString(), outcome, detail);
    }
}
