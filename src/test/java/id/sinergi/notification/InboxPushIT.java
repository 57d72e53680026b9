package id.sinergi.notification;

import id.sinergi.identity.User;
import id.sinergi.platform.PublicUrl;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.InContainer;
import id.sinergi.testing.PushListener;
import id.sinergi.testing.TestCaller;
import id.sinergi.testing.WebClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new notice reaches its reader's open pages through the inbox socket (notification.InboxPush) and the badge's
 * count through the API; nobody else may listen to that inbox. Runs in the server, and talks to it over HTTP as the
 * reader's browser would.
 */
@ExtendWith(InContainer.class)
class InboxPushIT {

    @Inject
    Fixtures fixtures;

    @Inject
    NotificationService notifications;

    @Inject
    PublicUrl publicUrl;

    @Test
    void aNewNoticeReachesItsReadersPagesAndNobodyElses() throws Exception {
        User reader = fixtures.user();
        User other = fixtures.user();
        TestCaller.reset(); // the HTTP requests below are their own callers, as in production
        URI base = URI.create(publicUrl.to(null));
        WebClient browser = WebClient.as(base, reader.getEmail(), Fixtures.PASSWORD);
        String session = "JSESSIONID=" + browser.cookie("JSESSIONID").orElseThrow();
        String page = browser.get("settings").body();
        assertTrue(page.contains("data-push=\"/push/inbox/" + reader.getId() + "\""), "a logged-in page listens to its reader's inbox");
        assertTrue(page.contains("js/sinergi.js"), "with the script that redraws the badge");
        assertEquals("{\"unread\":0}", browser.get("api/v1/inbox").body());

        PushListener mine = new PushListener();
        WebSocket socket = connect(base, "/push/inbox/" + reader.getId(), mine, session);
        PushListener someoneElses = new PushListener();
        connect(base, "/push/inbox/" + other.getId(), someoneElses, session);
        PushListener anonymous = new PushListener();
        connect(base, "/push/inbox/" + reader.getId(), anonymous, null);
        PushListener claiming = new PushListener();
        PushListener.open(HttpClient.newHttpClient(), base, "/push/inbox/" + other.getId(), claiming,
                "Cookie", session, "X-Sinergi-User", String.valueOf(other.getId()));
        assertEquals(1008, someoneElses.closed.get(10, TimeUnit.SECONDS), "another user's inbox is refused");
        assertEquals(1008, claiming.closed.get(10, TimeUnit.SECONDS), "naming the other user in the gate's own header changes nothing");
        assertEquals(1008, anonymous.closed.get(10, TimeUnit.SECONDS), "a visitor without login is refused");
        Thread.sleep(500); // the reader's socket registered

        notifications.notify(reader.getId(), "notify.affiliationRejected", null, "/settings");
        assertEquals(String.valueOf(reader.getId()), mine.messages.poll(10, TimeUnit.SECONDS), "the reader's id, after the commit");
        assertEquals("{\"unread\":1}", browser.get("api/v1/inbox").body(), "what the badge then shows");

        notifications.notifyByMail(List.of(other.getId()), "notify.affiliationRejected", null, "/settings");
        assertNull(mine.messages.poll(1, TimeUnit.SECONDS), "another user's notice is not pushed to the reader");
        socket.abort();

        HttpResponse<String> nobody = new WebClient(base).get("api/v1/inbox");
        assertEquals(401, nobody.statusCode(), nobody.body());
    }

    private static WebSocket connect(URI base, String path, PushListener listener, String cookie) throws Exception {
        return cookie == null ? PushListener.open(HttpClient.newHttpClient(), base, path, listener)
                : PushListener.open(HttpClient.newHttpClient(), base, path, listener, "Cookie", cookie);
    }
}
