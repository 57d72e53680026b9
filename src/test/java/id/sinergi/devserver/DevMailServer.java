package id.sinergi.devserver;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;

/**
 * The local mail server of the dev server and the benchmarks: a real SMTP server (GreenMail) on
 * loopback that keeps what Sinergi sends and, for the dev server, prints one line per e-mail, so
 * a demo shows its notifications going out without a mail provider.
 */
public final class DevMailServer implements AutoCloseable {

    private final GreenMail mail;
    private final int port;

    private DevMailServer(GreenMail mail, int port) {
        this.mail = mail;
        this.port = port;
    }

    public static DevMailServer start() throws IOException {
        int port = EmbeddedMariaDb.freePort();
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return new DevMailServer(mail, port);
    }

    public int port() {
        return port;
    }

    public int received() {
        return mail.getReceivedMessages().length;
    }

    /** How many e-mails arrived for addresses at {@code domain} (e.g. "@bench.sinergi.test"; the recipient may carry a name). */
    public long receivedFor(String domain) {
        return java.util.Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).contains(domain)).count();
    }

    /** Prints each new e-mail's recipient and subject, from a daemon thread. */
    public void printArrivals() {
        Thread printer = new Thread(() -> {
            int seen = 0;
            while (true) {
                MimeMessage[] messages = mail.getReceivedMessages();
                for (int i = seen; i < messages.length; i++) {
                    System.out.println("[sinergi] e-mail to " + recipient(messages[i]) + ": " + subject(messages[i]));
                    // a confirmation or invitation link is what the reader of a demo needs next
                    personalLink(messages[i]).ifPresent(link -> System.out.println("[sinergi]   link: " + link));
                }
                seen = messages.length;
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "sinergi-mail-printer");
        printer.setDaemon(true);
        printer.start();
    }

    private static java.util.Optional<String> personalLink(MimeMessage message) {
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S+/(confirm|invite)\\?t=[A-Za-z0-9_-]+")
                    .matcher(String.valueOf(message.getContent()));
            return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
        } catch (MessagingException | IOException e) {
            return java.util.Optional.empty();
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return String.valueOf(message.getRecipients(Message.RecipientType.TO)[0]);
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return "?";
        }
    }

    @Override
    public void close() {
        mail.stop();
    }
}
