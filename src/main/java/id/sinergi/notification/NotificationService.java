package id.sinergi.notification;

import id.sinergi.platform.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

@Stateless
public class NotificationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /** Tells {@code userId} something, in the caller's transaction. */
    public void notify(Long userId, String messageKey, String argument, String link) {
        em.persist(new Notification(userId, messageKey, argument, link));
    }

    public List<Notification> inbox(int first, int pageSize) {
        if (!caller.isAuthenticated()) {
            return List.of();
        }
        return em.createQuery("select n from Notification n where n.userId = :user order by n.createdAt desc, n.id desc",
                        Notification.class)
                .setParameter("user", caller.userId()).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long count() {
        return caller.isAuthenticated() ? em.createQuery("select count(n) from Notification n where n.userId = :user", Long.class)
                .setParameter("user", caller.userId()).getSingleResult() : 0;
    }

    public long unreadCount() {
        if (!caller.isAuthenticated()) {
            return 0;
        }
        return em.createQuery("select count(n) from Notification n where n.userId = :user and n.readAt is null", Long.class)
                .setParameter("user", caller.userId()).getSingleResult();
    }

    public void markAllRead() {
        if (caller.isAuthenticated()) {
            em.createQuery("update Notification n set n.readAt = CURRENT_TIMESTAMP where n.userId = :user and n.readAt is null")
                    .setParameter("user", caller.userId()).executeUpdate();
        }
    }
}
