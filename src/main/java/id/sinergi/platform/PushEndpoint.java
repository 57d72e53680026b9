package id.sinergi.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;

/**
 * {@code /push/{channel}/{forumId}}: a page's socket for the changes of one forum ({@link PushSockets}).
 * The page sends nothing; anything it sends is ignored.
 */
@ServerEndpoint("/push/{channel}/{forumId}")
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

    private static PushSockets sockets() {
        return CDI.current().select(PushSockets.class).get();
    }
}
