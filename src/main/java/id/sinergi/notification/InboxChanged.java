package id.sinergi.notification;

import java.util.List;

/** Something new reached these users' inboxes; fired inside the transaction that wrote it. */
public record InboxChanged(List<Long> userIds) {
}
