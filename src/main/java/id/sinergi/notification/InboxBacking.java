package id.sinergi.notification;

import id.sinergi.platform.UserLanguage;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/** {@code /inbox}: the user's notifications, newest first; opening the inbox marks them read. */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private UserLanguage language;

    private final PagedModel<Row> model = new PagedModel<>(
            () -> notifications.count(),
            (first, size) -> notifications.inbox(first, size).stream()
                    .map(n -> new Row(n.getId(), n.text(language.getLocale()), n.getLink(), n.getCreatedAt(), n.isRead()))
                    .toList(),
            Row::id);

    public void markRead() {
        notifications.markAllRead();
    }

    public PagedModel<Row> getModel() {
        return model;
    }

    /** A notification as the page shows it. */
    public record Row(Long id, String text, String link, Instant at, boolean read) implements Serializable {
    }
}
