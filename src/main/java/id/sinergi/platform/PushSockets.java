package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The push sockets open on this node ({@link PushEndpoint}), by channel and id. A page listens to one
 * forum on one channel (or, on the inbox channel, to its reader's own inbox) and is told only the id when
 * something changed there; it then asks for what its reader may see. Nothing about a socket is kept in the HTTP session, so a page whose node went
 * away simply opens its socket again on another one (Mojarra's {@code f:websocket} kept its channel in
 * the session, which a second node could not read back).
 * <p>A component opens its channel at start-up ({@link #open}), saying who may listen ({@link Audience}).
 * What arrives from the cluster ({@link PushArrived}) goes to the sockets of its id.
 */
@ApplicationScoped
public class PushSockets {

    /** More open sockets than this on one node are refused (a page then tries again later). */
    static final int MAX_SOCKETS = 20_000;
    /** The socket's property naming its client's address ({@link PushGate}). */
    static final String CLIENT = "sinergi.client";
    /** The socket's property naming its logged-in user's id ({@link PushGate}). */
    static final String USER = "sinergi.user";
    private static final Logger LOG = Logger.getLogger(PushSockets.class.getName());

    private final Map<String, Audience> channels = new ConcurrentHashMap<>();
    private final Map<String, Set<Session>> sockets = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private final Map<String, Integer> byClient = new ConcurrentHashMap<>();

    /**
     * More sockets than this from one client address are refused on this node: one script cannot hold the
     * node's sockets. Generous on purpose: a venue's Wi-Fi or a mobile operator's NAT puts a whole room
     * behind one address, and a logged-in phone holds two (its inbox and a live page's): 4,000 is a room
     * of 2,000 ({@code sinergi.push.per-client}).
     */
    @Inject
    @ConfigProperty(name = "sinergi.push.per-client", defaultValue = "4000")
    int perClient;

    /** Who may listen on a channel. */
    public enum Audience {
        /** Anyone, logged in or not: only an id travels, and the page then asks for what its reader may see. */
        ANYONE,
        /** Logged-in readers. */
        LOGGED_IN,
        /** The logged-in user whose id the socket names, and nobody else (an inbox). */
        THE_USER
    }

    /** Accepts listeners on {@code channel}: {@code audience}. */
    public void open(String channel, Audience audience) {
        channels.put(channel, audience);
    }

    /**
     * Registers a page's socket, or closes it with the reason when the channel is unknown, needs a login the
     * socket's session does not have, is another user's, or this node has too many sockets open, in all or from
     * the socket's client.
     */
    void register(Session session, String channel, long id) throws IOException {
        Audience audience = channels.get(channel);
        if (audience == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown channel"));
            return;
        }
        if (audience != Audience.ANYONE && session.getUserPrincipal() == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "login required"));
            return;
        }
        if (audience == Audience.THE_USER && !String.valueOf(id).equals(session.getUserProperties().get(USER))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "another user's"));
            return;
        }
        String client = String.valueOf(session.getUserProperties().getOrDefault(CLIENT, ""));
        if (byClient.merge(client, 1, Integer::sum) > perClient) {
            release(client);
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many listeners from one address"));
            return;
        }
        if (open.incrementAndGet() > MAX_SOCKETS) {
            open.decrementAndGet();
            release(client);
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too many listeners"));
            return;
        }
        String key = channel + ":" + id;
        session.getUserProperties().put("sinergi.push", key);
        sockets.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(session);
    }

    void unregister(Session session) {
        Object key = session.getUserProperties().remove("sinergi.push");
        if (key != null) {
            Set<Session> listening = sockets.get(key);
            if (listening != null && listening.remove(session)) {
                open.decrementAndGet();
                release(String.valueOf(session.getUserProperties().getOrDefault(CLIENT, "")));
            }
        }
    }

    /** One socket fewer from {@code client}; its count goes when it reaches none. */
    private void release(String client) {
        byClient.computeIfPresent(client, (c, count) -> count <= 1 ? null : count - 1);
    }

    /** The sockets listening to {@code channel} for {@code id}, on this node. */
    int listening(String channel, long id) {
        Set<Session> listening = sockets.get(channel + ":" + id);
        return listening == null ? 0 : listening.size();
    }

    void deliver(@Observes PushArrived arrived) {
        Set<Session> listening = sockets.get(arrived.channel() + ":" + arrived.id());
        if (listening == null) {
            return;
        }
        String message = String.valueOf(arrived.id());
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
