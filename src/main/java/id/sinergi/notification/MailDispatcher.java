package id.sinergi.notification;

import id.sinergi.platform.Messages;
import id.sinergi.platform.PublicUrl;
import id.sinergi.platform.SqlIds;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends the e-mail of notifications: immediately after the commit that queued them (and every
 * minute for retries), and once a day a digest for those who chose it. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes never send the same mail twice.
 */
@Stateless
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int MAX_ATTEMPTS = 5;
    private static final int BATCH = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSender sender;

    @Resource
    private SessionContext context;

    @Inject
    private PublicUrl publicUrl;

    /** Sends what is pending, in batches, off the request thread. */
    @Asynchronous
    public void drainSoon() {
        drain();
    }

    /** Sends what is pending; returns how many were sent. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int drain() {
        MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
        int sent = 0;
        for (int batch; (batch = self.sendBatch()) > 0; ) {
            sent += batch;
        }
        return sent;
    }

    /** One batch of immediate mail; returns how many were sent (failures count as not sent). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendBatch() {
        // fresh mail first: one that keeps failing does not hold the others back
        List<?> ids = em.createNativeQuery("SELECT id FROM notification WHERE email_state = 'PENDING'"
                + " ORDER BY email_attempts, id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED").getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int sent = 0;
        for (Object[] r : rows("SELECT n.id, n.message_key, n.argument, n.link, u.email, u.name, u.language, n.email_attempts"
                + " FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.id IN (" + SqlIds.list(ids) + ")")) {
            Locale locale = Messages.supportedOrDefault((String) r[6]);
            String text = Messages.format(locale, (String) r[1], r[2]);
            String body = Messages.format(locale, "mail.body", r[5], text, absolute((String) r[3]), absolute("/settings"));
            long id = ((Number) r[0]).longValue();
            try {
                sender.send((String) r[4], (String) r[5], Messages.format(locale, "mail.subject", subjectLine(text)), body);
                mark(List.of(id), "SENT");
                sent++;
            } catch (MessagingException e) {
                int attempts = ((Number) r[7]).intValue() + 1;
                LOG.log(Level.WARNING, "E-mail for notification {0} not sent (attempt {1}): {2}",
                        new Object[]{id, attempts, e.getMessage()});
                em.createNativeQuery("UPDATE notification SET email_attempts = ?, email_state = ? WHERE id = ?")
                        .setParameter(1, attempts).setParameter(2, attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING")
                        .setParameter(3, id).executeUpdate();
                if (!(e instanceof SendFailedException)) {
                    // not this address but the server: leave the rest for the next round
                    return sent;
                }
            }
        }
        return sent;
    }

    /** Sends each user who chose the daily digest one e-mail with what they were told since the last one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDigests() {
        MailDispatcher self = context.getBusinessObject(MailDispatcher.class);
        List<?> users = em.createNativeQuery("SELECT DISTINCT user_id FROM notification WHERE email_state = 'DIGEST'")
                .getResultList();
        int sent = 0;
        for (Object user : users) {
            sent += self.sendDigest(((Number) user).longValue());
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendDigest(long userId) {
        List<Object[]> items = rows("SELECT n.id, n.message_key, n.argument, n.link FROM notification n"
                + " WHERE n.user_id = " + userId + " AND n.email_state = 'DIGEST' ORDER BY n.id LIMIT 200 FOR UPDATE SKIP LOCKED");
        if (items.isEmpty()) {
            return 0;
        }
        Object[] user = rows("SELECT email, name, language FROM app_user WHERE id = " + userId).getFirst();
        Locale locale = Messages.supportedOrDefault((String) user[2]);
        String list = items.stream()
                .map(r -> "• " + Messages.format(locale, (String) r[1], r[2]) + "\n  " + absolute((String) r[3]))
                .collect(Collectors.joining("\n\n"));
        List<Long> ids = items.stream().map(r -> ((Number) r[0]).longValue()).toList();
        try {
            sender.send((String) user[0], (String) user[1], Messages.format(locale, "mail.digestSubject", items.size()),
                    Messages.format(locale, "mail.digestBody", user[1], list, absolute("/settings")));
            mark(ids, "SENT");
            return 1;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Daily digest for user {0} not sent: {1}", new Object[]{userId, e.getMessage()});
            return 0;
        }
    }

    /** A notice of several lines (the daily action reminders) is subject-lined by its first. */
    static String subjectLine(String text) {
        String first = text.lines().findFirst().orElse("");
        return first.length() <= 150 ? first : first.substring(0, 149) + "…";
    }

    private void mark(List<Long> ids, String state) {
        em.createNativeQuery("UPDATE notification SET email_state = ?, emailed_at = ? WHERE id IN (" + SqlIds.list(ids) + ")")
                .setParameter(1, state).setParameter(2, Instant.now()).executeUpdate();
    }

    private String absolute(String link) {
        return publicUrl.to(link);
    }


    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
