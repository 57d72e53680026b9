package id.sinergi.recommendation.voting;

import id.sinergi.platform.ClusterPush;
import id.sinergi.platform.PushSockets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Tells open voting pages that a forum's totals changed, after the commit. The message is only
 * the forum id; each page then asks the service for what its viewer may see (moderators the
 * running totals, participants nothing until the close unless the forum shows them). Only a logged-in
 * reader may listen: when votes arrive is the forum's business.
 */
@ApplicationScoped
public class TallyPush {

    public static final String CHANNEL = "tally";

    @Inject
    private ClusterPush cluster;

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) TallyChanged change) {
        cluster.publish(CHANNEL, change.forumId());
    }

    void start(@Observes @Initialized(ApplicationScoped.class) Object application, PushSockets sockets) {
        sockets.open(CHANNEL, PushSockets.Audience.LOGGED_IN);
    }
}
