package id.sinergi.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Sends one plain-text e-mail through the mail session that {@code config/post-boot-commands.asadmin}
 * defines ({@code mail/sinergi}: host, port and sender from the environment).
 */
@ApplicationScoped
public class MailSender {

    public static final String SESSION = "mail/sinergi";

    @Resource(lookup = SESSION)
    private Session session;

    /** From the environment (SINERGI_MAIL_PASSWORD), not from the mail session: it stays off command lines. */
    @Inject
    @ConfigProperty(name = "sinergi.mail.password")
    private Optional<String> password;

    public void send(String to, String toName, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        String from = session.getProperty("mail.from");
        try {
            message.setFrom(new InternetAddress(from == null ? "noreply@sinergi.local" : from, "Sinergi", "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, toName, "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(text, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(Instant.now()));
        if (password.isPresent() && !password.get().isEmpty()) {
            Transport.send(message, session.getProperty("mail.user"), password.get());
        } else {
            Transport.send(message);
        }
    }
}
