package id.sinergi.notification;

import id.sinergi.platform.Messages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Locale;

/** One message to one user; its text comes from the bundles, in the reader's language. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "message_key", nullable = false)
    private String messageKey;

    private String argument;

    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Long userId, String messageKey, String argument, String link) {
        this.userId = userId;
        this.messageKey = messageKey;
        this.argument = clip(argument);
        this.link = link;
        this.createdAt = Instant.now();
    }

    static String clip(String argument) {
        return argument == null || argument.length() <= 500 ? argument : argument.substring(0, 500);
    }

    public Long getId() { return id; }
    public Long getUserId() { return userId; }
    public String getLink() { return link; }
    public Instant getCreatedAt() { return createdAt; }
    public boolean isRead() { return readAt != null; }

    public String text(Locale locale) {
        return Messages.format(locale, messageKey, argument);
    }

    void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }
}
