package id.sinergi.idea;

import id.sinergi.platform.ClusterPush;
import id.sinergi.platform.PushSockets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells open live boards (and idea boards) that a forum's ideas changed, once the change is
 * committed: the pages listening to that forum (platform.PushSockets) on every node of a cluster get
 * its id and refresh, asking for what their reader may see. Anyone may listen: only the id travels.
 */
@ApplicationScoped
public class LiveBoardPush {

    public static final String CHANNEL = "ideas";

    @Inject
    private ClusterPush cluster;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IdeaBoardChanged change) {
        cluster.publish(CHANNEL, change.forumId());
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application, PushSockets sockets) {
        sockets.open(CHANNEL, PushSockets.Audience.ANYONE);
    }
}
