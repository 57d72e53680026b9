package id.sinergi.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the page header, counted once per request. */
@Named
@RequestScoped
public class UnreadBadge {

    @Inject
    private NotificationService notifications;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = notifications.unreadCount();
        }
        return count;
    }
}
