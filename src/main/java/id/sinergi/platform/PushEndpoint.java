package id.sinergi.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import jakarta.websocket.server.ServerEndpointConfig;

import java.io.IOException;
import java.util.List;

/**
 * {@code /push/{channel}/{id}}: a page's socket for the changes of one forum, or of its reader's inbox ({@link PushSockets}).
 * The page sends nothing; anything it sends is ignored. The client's address and the logged-in user's id, which
 * {@link PushGate} put in the handshake, travel with the socket ({@link PushSockets#CLIENT}, {@link PushSockets#USER}).
 */
@ServerEndpoint(value = "/push/{channel}/{id}", configurator = PushEndpoint.Client.class)
public class PushEndpoint {

    @OnOpen
    public void open(Session session, @PathParam("channel") String channel, @PathParam("id") String id)
            throws IOException {
        long subject;
        try {
            subject = Long.parseLong(id);
        } catch (NumberFormatException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "not an id"));
            return;
        }
        session.setMaxIdleTimeout(0);
        session.setMaxTextMessageBufferSize(64);
        sockets().register(session, channel, subject);
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

    /** Keeps what the gate said of the handshake with the socket (Tyrus gives each handshake its own properties). */
    public static final class Client extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            keep(config, request, PushGate.CLIENT_HEADER, PushSockets.CLIENT);
            keep(config, request, PushGate.USER_HEADER, PushSockets.USER);
        }

        private static void keep(ServerEndpointConfig config, HandshakeRequest request, String header, String property) {
            List<String> value = request.getHeaders().get(header);
            if (value != null && !value.isEmpty() && !value.getFirst().isEmpty()) {
                config.getUserProperties().put(property, value.getFirst());
            }
        }
    }

    private static PushSockets sockets() {
        return CDI.current().select(PushSockets.class).get();
    }
}
