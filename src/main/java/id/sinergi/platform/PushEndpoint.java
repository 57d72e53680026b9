package id.sinergi.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;

import java.io.IOException;
import java.util.List;

/**
 * {@code /push/{channel}/{forumId}}: a page's socket for the changes of one forum ({@link PushSockets}).
 * The page sends nothing; anything it sends is ignored. The client's address, which {@link PushGate} put in
 * the handshake, travels with the socket ({@link PushSockets#CLIENT}).
 */
@ServerEndpoint(value = "/push/{channel}/{forumId}", configurator = PushEndpoint.Client.class)
public class PushEndpoint {

    @OnOpen
    public void open(Session session, @PathParam("channel") String channel, @PathParam("forumId") String forumId)
            throws IOException {
        long forum;
        try {
            forum = Long.parseLong(forumId);
        } catch (NumberFormatException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "not a forum"));
            return;
        }
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(64);
        sockets().register(session, channel, forum);
    }

    @OnMessage
    public void ignore(Session session, String message) {
        // pages only listen
    }

    @OnClose
    public void close(Session session) {
        sockets().unregister(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        sockets().unregister(session);
    }

    /** Keeps the client's address from the handshake with the socket (Tyrus gives each handshake its own properties). */
    public static final class Client extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            List<String> client = request.getHeaders().get(PushGate.CLIENT_HEADER);
            if (client != null && !client.isEmpty()) {
                config.getUserProperties().put(PushSockets.CLIENT, client.getFirst());
            }
        }
    }

    private static PushSockets sockets() {
        return CDI.current().select(PushSockets.class).get();
    }
}
