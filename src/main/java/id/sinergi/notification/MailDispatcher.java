package id.sinergi.notification;

import id.sinergi.platform.Messages;
import id.sinergi.platform.NativeRows;
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
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Sends the e-mail of notifications: immediately after the commit that queued them (and every
 * minute for retries), and once a day a digest for those who chose it. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several nodes never send the same mail twice while they run. A
 * mail is marked sent in the transaction that claimed it, one mail per transaction: a node that dies
 * between the send and the commit leaves that one mail to be sent again, not a whole batch (the
 * cluster check once saw 218 e-mails for 200 reminders when each transaction carried 20).
 */
@Stateless
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    static final int MAX_ATTEMPTS = 5;
    /** One: the mail sent and its mark committed together (see the class comment). */
    private static final int BATCH = 1;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailSender sender;

    @Resource
    private SessionContext context;

    @Inject
    private PublicUrl publicUrl;

    @Inject
    private Recipients recipients;

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
        List<NativeRows.Row> pending = NativeRows.query(em, "SELECT id, user_id, message_key, argument, link, email_attempts"
                + " FROM notification WHERE id IN (" + SqlIds.list(ids) + ")");
        Map<Long, Recipients.Recipient> to = recipients.of(pending.stream().map(r -> r.id("user_id")).collect(Collectors.toSet()));
        for (NativeRows.Row r : pending) {
            Recipients.Recipient recipient = to.get(r.id("user_id"));
            Locale locale = Messages.supportedOrDefault(recipient.language());
            String text = Messages.format(locale, r.string("message_key"), r.string("argument"));
            String body = Messages.format(locale, "mail.body", recipient.name(), text, absolute(r.string("link")), absolute("/settings"));
            long id = r.id("id");
            try {
                sender.send(recipient.email(), recipient.name(), Messages.format(locale, "mail.subject", subjectLine(text)), body);
                mark(List.of(id), "SENT");
                sent++;
            } catch (MessagingException e) {
                int attempts = r.integer("email_attempts") + 1;
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
        List<NativeRows.Row> items = NativeRows.query(em, "SELECT id, message_key, argument, link FROM notification"
                + " WHERE user_id = ? AND email_state = 'DIGEST' ORDER BY id LIMIT 200 FOR UPDATE SKIP LOCKED", userId);
        if (items.isEmpty()) {
            return 0;
        }
        Recipients.Recipient user = recipients.of(List.of(userId)).get(userId);
        Locale locale = Messages.supportedOrDefault(user.language());
        String list = items.stream()
                .map(r -> "\u2022 " + Messages.format(locale, r.string("message_key"), r.string("argument")) + "\n  "
                        + absolute(r.string("link")))
                .collect(Collectors.joining("\n\n"));
        List<Long> ids = items.stream().map(r -> r.id("id")).toList();
        try {
            sender.send(user.email(), user.name(), Messages.format(locale, "mail.digestSubject", items.size()),
                    Messages.format(locale, "mail.digestBody", user.name(), list, absolute("/settings")));
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
}
