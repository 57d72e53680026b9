package id.sinergi.platform;

import id.sinergi.testing.PushListener;
import id.sinergi.testing.TestServer;
import id.sinergi.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The push sockets a page opens (platform.PushSockets): only a forum's id travels, the voting totals'
 * channel only to a logged-in reader and never to another site's page, unknown channels and forums are refused.
 */
class PushIT {

    final URL url = TestServer.url();

    @Test
    void theLiveBoardsSocketHearsOfANewIdeaInItsForumOnly() throws Exception {
        WebClient visitor = new WebClient(url.toURI());
        Matcher push = Pattern.compile("data-push=\"(/push/ideas/([0-9]+))\"").matcher(visitor.get("f/tppo-babel-2025/live").body());
        assertTrue(push.find(), "the live board names its socket");
        PushListener listener = new PushListener();
        WebSocket socket = connect(push.group(1), listener, null);

        WebClient participant = WebClient.as(url.toURI(), "peserta@sinergi.demo", "sinergi-demo");
        String theme = Pattern.compile("\"themeId\":(\\d+)").matcher(participant.get("api/v1/forums/tppo-babel-2025/ideas").body())
                .results().findFirst().orElseThrow().group(1);
        HttpResponse<String> posted = participant.send("POST", "api/v1/forums/tppo-babel-2025/ideas",
                "{\"themeId\":" + theme + ",\"title\":\"Dorongan ke papan langsung\",\"body\":\"Ide baru.\",\"anonymous\":false}",
                "Origin", url.getProtocol() + "://" + url.getAuthority());
        assertEquals(201, posted.statusCode(), posted.body());
        assertEquals(push.group(2), listener.messages.poll(10, TimeUnit.SECONDS), "the forum's id, nothing more");
        socket.abort();
    }

    @Test
    void theVotingTotalsChannelNeedsALoginAndUnknownChannelsAreRefused() throws Exception {
        PushListener anonymous = new PushListener();
        connect("/push/tally/1", anonymous, null);
        assertEquals(1008, anonymous.closed.get(10, TimeUnit.SECONDS), "a visitor without login is turned away");

        PushListener unknown = new PushListener();
        connect("/push/secrets/1", unknown, null);
        assertEquals(1003, unknown.closed.get(10, TimeUnit.SECONDS));

        PushListener notAForum = new PushListener();
        connect("/push/ideas/x", notAForum, null);
        assertEquals(1003, notAForum.closed.get(10, TimeUnit.SECONDS));

        WebClient participant = WebClient.as(url.toURI(), "peserta@sinergi.demo", "sinergi-demo");
        String session = "JSESSIONID=" + participant.cookie("JSESSIONID").orElseThrow();
        // another site's page, with the participant's cookie as the browser would send it: refused before the handshake
        java.util.concurrent.ExecutionException crossSite = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.ExecutionException.class, () -> HttpClient.newHttpClient().newWebSocketBuilder()
                        .header("Cookie", session).header("Origin", "https://situs-lain.example")
                        .buildAsync(URI.create("ws://" + url.getAuthority() + "/push/tally/1"), new PushListener()).get(10, TimeUnit.SECONDS));
        assertEquals(403, ((java.net.http.WebSocketHandshakeException) crossSite.getCause()).getResponse().statusCode(),
                "refused as forbidden");

        PushListener loggedIn = new PushListener();
        WebSocket socket = connect("/push/tally/1", loggedIn, session);
        assertNotNull(socket);
        Thread.sleep(500);
        assertTrue(!loggedIn.closed.isDone(), "a logged-in reader may listen");
        socket.abort();
    }

    @Test
    void oneAddressCannotHoldTheNodesSockets() throws Exception {
        // as through a proxy on this machine (trusted to name the client in X-Forwarded-For)
        HttpClient client = HttpClient.newHttpClient();
        String crowded = "203.0.113.9";
        List<WebSocket> held = new ArrayList<>();
        List<PushListener> heard = new ArrayList<>();
        for (int i = 0; i < TestServer.PUSH_SOCKETS_PER_CLIENT; i++) {
            PushListener listener = new PushListener();
            held.add(connectFrom(client, crowded, listener, null));
            heard.add(listener);
        }
        Thread.sleep(500);
        assertTrue(heard.stream().noneMatch(l -> l.closed.isDone()), "up to the limit, every page of one address listens");

        PushListener over = new PushListener();
        connectFrom(client, crowded, over, null);
        assertEquals(1013, over.closed.get(10, TimeUnit.SECONDS), "one more from the same address: try again later");
        PushListener spoofing = new PushListener();
        connectFrom(client, crowded, spoofing, "198.51.100.1");
        assertEquals(1013, spoofing.closed.get(10, TimeUnit.SECONDS), "naming another client in the gate's own header changes nothing");

        PushListener elsewhere = new PushListener();
        WebSocket other = connectFrom(client, "203.0.113.10", elsewhere, null);
        Thread.sleep(500);
        assertTrue(!elsewhere.closed.isDone(), "another address still listens");

        held.getFirst().abort();
        boolean again = false;
        for (int i = 0; i < 20 && !again; i++) {
            Thread.sleep(250);
            PushListener retry = new PushListener();
            WebSocket socket = connectFrom(client, crowded, retry, null);
            try {
                retry.closed.get(500, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException stillOpen) {
                again = true;
                held.set(0, socket);
            }
        }
        assertTrue(again, "a closed page gives its place back");
        held.forEach(WebSocket::abort);
        other.abort();
    }

    private WebSocket connectFrom(HttpClient client, String address, PushListener listener, String spoofed) throws Exception {
        return spoofed == null
                ? PushListener.open(client, url.toURI(), "/push/ideas/1", listener, "X-Forwarded-For", address)
                : PushListener.open(client, url.toURI(), "/push/ideas/1", listener, "X-Forwarded-For", address, "X-Sinergi-Client", spoofed);
    }

    private WebSocket connect(String path, PushListener listener, String cookie) throws Exception {
        return cookie == null ? PushListener.open(HttpClient.newHttpClient(), url.toURI(), path, listener)
                : PushListener.open(HttpClient.newHttpClient(), url.toURI(), path, listener, "Cookie", cookie);
    }
}
