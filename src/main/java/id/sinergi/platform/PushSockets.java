package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The push sockets open on this node ({@link PushEndpoint}), by channel and forum. A page listens to one
 * forum on one channel and is told only the forum's id when something changed there; it then asks for
 * what its reader may see. Nothing about a socket is kept in the HTTP session, so a page whose node went
 * away simply opens its socket again on another one (Mojarra's {@code f:websocket} kept its channel in
 * the session, which a second node could not read back).
 * <p>A component opens its channel at start-up ({@link #open}), saying whether only logged-in readers may
 * listen. What arrives from the cluster ({@link PushArrived}) goes to the sockets of its forum.
 */
@ApplicationScoped
public class PushSockets {

    /** More open sockets than this on one node are refused (a page then tries again later). */
    static final int MAX_SOCKETS = 20_000;
    private static final Logger LOG = Logger.getLogger(PushSockets.class.getName());

    private final Map<String, Boolean> channels = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> sockets = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    /** Accepts listeners on {@code channel}; only logged-in ones when {@code loginRequired}. */
    public void open(String channel, boolean loginRequired) {
        channels.put(channel, loginRequired);
    }

    /**
     * Registers a page's socket, or closes it with the reason when the channel is unknown, needs a login the
     * socket's session does not have, or this node has too many sockets open.
     */
    void register(Session session, String channel, long forumId) throws IOException {
        Boolean loginRequired = channels.get(channel);
        if (loginRequired == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown channel"));
            return;
        }
        if (loginRequired && session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "login required"));
            return;
        }
        if (open.incrementAndGet() > MAX_SOCKETS) {
            open.decrementAndGet();
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many listeners"));
            return;
        }
        String key = channel + ":" + forumId;
        session.getUserProperties().put("sinergi.push", key);
        sockets.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unregister(Session session) {
        Object key = session.getUserProperties().remove("sinergi.push");
        if (key != null) {
            Set<Session> listening = sockets.get(key);
            if (listening != null && listening.remove(session)) {
                open.decrementAndGet();
            }
        }
    }

    /** The sockets listening to {@code channel} for {@code forumId}, on this node. */
    int listening(String channel, long forumId) {
        Set<Session> listening = sockets.get(channel + ":" + forumId);
        return listening == null ? 0 : listening.size();
    }

    void deliver(@Observes PushArrived arrived) {
        Set<Session> listening = sockets.get(arrived.channel() + ":" + arrived.forumId());
        if (listening == null) {
            return;
        }
        String message = String.valueOf(arrived.forumId());
        for (Session session : listening) {
            if (session.isOpen()) {
                session.getAsyncRemote().sendText(message, result -> {
                    if (!result.isOK()) {
                        LOG.log(Level.FINE, "A push did not reach its page", result.getException());
                    }
                });
            } else {
                unregister(session);
            }
        }
    }
}
