package id.sinergi.platform;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pushes that reach the open pages on every node. A change is throttled where it happens
 * ({@link PushThrottle}), then published on a Hazelcast topic of Payara Micro's data grid; every node,
 * this one included, hands what arrives to its own sockets as a {@link PushArrived} event. A single
 * node (no data grid: {@code --nohazelcast}) hands it over directly, and so does a node whose data
 * grid fails to publish: its own viewers at least stay current.
 */
@ApplicationScoped
public class ClusterPush {

    static final String TOPIC = "sinergi-push";
    private static final Logger LOG = Logger.getLogger(ClusterPush.class.getName());

    @Inject
    private PushThrottle throttle;

    @Inject
    private Event<PushArrived> arrived;

    @Resource
    private ContextService applicationContext;

    private volatile ITopic<String> topic;
    private volatile UUID listener;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        HazelcastInstance grid = dataGrid();
        if (grid == null) {
            LOG.info("Pushes reach this node's pages (no data grid: a single node)");
            return;
        }
        ITopic<String> joined = grid.getTopic(TOPIC);
        // the grid's event threads know nothing of the application (no CDI, no Faces push): deliver
        // in the application's context, captured here
        Consumer<String> delivery = applicationContext.contextualConsumer(this::deliver);
        listener = joined.addMessageListener(message -> delivery.accept(message.getMessageObject()));
        topic = joined;
        LOG.info("Pushes reach the pages of every node of the data grid (" + grid.getCluster().getMembers().size() + " now)");
    }

    @PreDestroy
    void stop() {
        ITopic<String> joined = topic;
        if (joined != null) {
            try {
                joined.removeMessageListener(listener);
            } catch (RuntimeException gridGone) {
                LOG.log(Level.FINE, "The data grid stopped first", gridGone);
            }
        }
    }

    /** Tells the pages on {@code channel} of every node that {@code id} changed (at most every 250 ms). */
    public void publish(String channel, long id) {
        throttle.push(channel, id, changed -> send(channel, changed));
    }

    private void send(String channel, long id) {
        ITopic<String> joined = topic;
        if (joined != null) {
            try {
                joined.publish(channel + ":" + id);
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The data grid did not take a push; this node's pages get it", e);
            }
        }
        arrived.fire(new PushArrived(channel, id));
    }

    /** A message from the topic: {@code channel:id}, written by {@link #send} on some node. */
    void deliver(String message) {
        PushArrived push = parse(message);
        if (push != null) {
            arrived.fire(push);
        }
    }

    static PushArrived parse(String message) {
        int colon = message == null ? -1 : message.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            return new PushArrived(message.substring(0, colon), Long.parseLong(message.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static HazelcastInstance dataGrid() {
        try {
            Object found = new InitialContext().lookup("payara/Hazelcast");
            if (found instanceof HazelcastInstance grid && grid.getLifecycleService().isRunning()) {
                return grid;
            }
        } catch (NamingException | RuntimeException | LinkageError absent) {
            LOG.log(Level.FINE, "No data grid", absent);
        }
        return null;
    }
}
