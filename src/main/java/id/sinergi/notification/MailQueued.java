package id.sinergi.notification;

/** Notifications waiting for immediate e-mail were committed. */
public record MailQueued() {
}
