package id.sinergi.notification;

import id.sinergi.platform.Caller;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@Stateless
public class NotificationService {

    private static final int CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Event<MailQueued> mailQueued;

    @Inject
    private Recipients recipients;

    @Inject
    private Event<InboxChanged> inboxChanged;

    /** Tells {@code userId} something in the app only, in the caller's transaction. */
    public void notify(Long userId, String messageKey, String argument, String link) {
        em.persist(new Notification(userId, messageKey, argument, link));
        inboxChanged.fire(new InboxChanged(List.of(userId)));
    }

    /**
     * Tells each of {@code userIds} something in the app and by e-mail as each chose (now, in the
     * daily digest, or not at all), in the caller's transaction; the mail goes out after the
     * commit. A few statements whatever the number of users.
     */
    public void notifyByMail(Collection<Long> userIds, String messageKey, String argument, String link) {
        String arg = Notification.clip(argument);
        List<Long> ids = List.copyOf(userIds);
        Instant now = Instant.now();
        boolean queued = false;
        List<Long> told = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Recipients.Recipient> active = recipients.of(ids.subList(from, Math.min(ids.size(), from + CHUNK))).values()
                    .stream().filter(Recipients.Recipient::active).toList();
            if (active.isEmpty()) {
                continue;
            }
            StringBuilder sql = new StringBuilder("INSERT INTO notification (user_id, message_key, argument, link, created_at,"
                    + " email_state) VALUES ");
            for (int i = 0; i < active.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (Recipients.Recipient r : active) {
                insert.setParameter(p++, r.userId()).setParameter(p++, messageKey).setParameter(p++, arg)
                        .setParameter(p++, link).setParameter(p++, now).setParameter(p++, switch (r.frequency()) {
                            case IMMEDIATE -> "PENDING";
                            case DAILY -> "DIGEST";
                            case OFF -> null;
                        });
            }
            insert.executeUpdate();
            active.forEach(r -> told.add(r.userId()));
            queued = true;
        }
        if (queued) {
            mailQueued.fire(new MailQueued());
            inboxChanged.fire(new InboxChanged(told));
        }
    }

    /**
     * A personal message that must reach its reader by e-mail whatever they chose for notices (a
     * confirmation link, an invitation), in the caller's transaction; sent after the commit.
     */
    public void mailNow(Long userId, String messageKey, String argument, String link) {
        em.createNativeQuery("INSERT INTO notification (user_id, message_key, argument, link, created_at, email_state)"
                        + " VALUES (?, ?, ?, ?, ?, 'PENDING')")
                .setParameter(1, userId).setParameter(2, messageKey).setParameter(3, Notification.clip(argument))
                .setParameter(4, link).setParameter(5, Instant.now()).executeUpdate();
        mailQueued.fire(new MailQueued());
        inboxChanged.fire(new InboxChanged(List.of(userId)));
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
            int read = em.createQuery("update Notification n set n.readAt = CURRENT_TIMESTAMP where n.userId = :user and n.readAt is null")
                    .setParameter("user", caller.userId()).executeUpdate();
            if (read > 0) {
                // the reader's other open pages clear their badge
                inboxChanged.fire(new InboxChanged(List.of(caller.userId())));
            }
        }
    }
}
