package id.sinergi.notification;

import id.sinergi.platform.ClusterPush;
import id.sinergi.platform.PushSockets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells a user's open pages, on every node of a cluster, that their inbox changed, once the change is
 * committed: the page then asks for the unread count ({@link InboxResource}) and redraws the badge. Only the
 * user may listen to their inbox (the socket names their id, and the gate checks it is theirs).
 */
@ApplicationScoped
public class InboxPush {

    public static final String CHANNEL = "inbox";

    @Inject
    private ClusterPush cluster;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged change) {
        change.userIds().forEach(user -> cluster.publish(CHANNEL, user));
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application, PushSockets sockets) {
        sockets.open(CHANNEL, PushSockets.Audience.THE_USER);
    }
}
