package id.sinergi.testing;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Reads what the test SMTP server (GreenMail, started by {@link ItDatabase}) received for one
 * address, over IMAP: usable from in-container tests as well as from the client.
 */
public final class Mailbox {

    public static final String IMAP_PORT = "sinergi.test.imap.port";

    public record Mail(String subject, String body, String to) {
    }

    private Mailbox() {
    }

    public static List<Mail> of(String address) {
        Properties props = new Properties();
        props.setProperty("mail.imap.connectiontimeout", "5000");
        props.setProperty("mail.imap.timeout", "5000");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect("127.0.0.1", Integer.getInteger(IMAP_PORT), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<Mail> mails = new ArrayList<>();
            for (Message m : inbox.getMessages()) {
                mails.add(new Mail(m.getSubject(), String.valueOf(m.getContent()).replace("\r\n", "\n"), address));
            }
            inbox.close(false);
            return mails;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read the test mailbox of " + address, e);
        }
    }

    /**
     * The mailbox, asked again while time remains when the test mail server drops the IMAP connection
     * (seen once in a full run: "BYE … Connection dropped by server?"); after the deadline the error stands.
     */
    private static List<Mail> ofOrNothing(String address, Instant until) {
        try {
            return of(address);
        } catch (IllegalStateException dropped) {
            if (Instant.now().isAfter(until)) {
                throw dropped;
            }
            return List.of();
        }
    }

    /** Waits (up to {@code timeout}) until {@code address} has at least {@code count} mails. */
    public static List<Mail> await(String address, int count, Duration timeout) {
        Instant until = Instant.now().plus(timeout);
        List<Mail> mails = ofOrNothing(address, until);
        while (mails.size() < count && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            mails = ofOrNothing(address, until);
        }
        return mails;
    }
}
