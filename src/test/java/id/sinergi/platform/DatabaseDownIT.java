package id.sinergi.platform;

import id.sinergi.testing.Browser;
import id.sinergi.testing.ItDatabase;
import id.sinergi.testing.Sql;
import id.sinergi.testing.TestServer;
import id.sinergi.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One node whose MariaDB goes away: pages answer a 503 page in the reader's language (one that needs no database),
 * the API answers 503 JSON, readiness is DOWN; when MariaDB is back, everything answers again without a restart,
 * and what was saved before the outage is still there. The test stops the suite's own MariaDB and starts it again.
 */
class DatabaseDownIT {

    private static final String PAGE = "f/tppo-babel-2025";
    private static final String API = "api/v1/forums/tppo-babel-2025";

    @Test
    void withoutItsDatabaseSinergiSaysSoAndComesBackByItself() throws Exception {
        URI base = TestServer.url().toURI();
        WebClient visitor = new WebClient(base);
        // the pool holds open connections now, which the outage breaks
        assertEquals(200, visitor.get(PAGE).statusCode());
        assertEquals(200, visitor.get(API).statusCode());
        String run = UUID.randomUUID().toString().substring(0, 8);
        String lead = "Basic " + Base64.getEncoder().encodeToString("lead@sinergi.demo:sinergi-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> saved = visitor.send("POST", API + "/ideas",
                "{\"themeId\": 3, \"title\": \"Sebelum gangguan " + run + "\", \"body\": \"Tersimpan\"}", "Authorization", lead);
        assertEquals(201, saved.statusCode(), saved.body());

        Map<String, HttpResponse<String>> down = new HashMap<>();
        List<String> axe = new ArrayList<>();
        long stopped = System.nanoTime();
        ItDatabase.outage(() -> {
            down.put("page", visitor.get(PAGE));
            down.put("page, English", visitor.get(PAGE, "Cookie", UserLanguage.COOKIE + "=en"));
            down.put("api", visitor.get(API, "Accept-Language", "en"));
            down.put("health", visitor.get("health/ready"));
            try (Browser phone = new Browser(Browser.PHONE)) {
                phone.open(base.resolve(PAGE).toString());
                axe.addAll(phone.accessibilityViolations());
            }
            down.put("post", visitor.send("POST", API + "/ideas", "{\"themeId\": 3, \"title\": \"Saat gangguan " + run
                    + "\", \"body\": \"Tidak tersimpan\"}", "Authorization", lead, "Accept-Language", "en"));
            // long enough for the vote sweep (every 15 s) and the container's retry 5 s later to fail
            Thread.sleep(Math.max(0, Duration.ofSeconds(22).toNanos() - (System.nanoTime() - stopped)) / 1_000_000);
        });

        HttpResponse<String> page = down.get("page");
        assertEquals(503, page.statusCode(), page.body());
        assertTrue(page.body().contains("Layanan sedang tidak tersedia"), page.body());
        assertTrue(page.body().contains("href=\"/" + PAGE + "\""), "a way to try again: " + page.body());
        assertEquals("30", page.headers().firstValue("Retry-After").orElse(null));
        assertFalse(page.body().contains("Exception"), "no stack trace");
        assertTrue(page.headers().firstValue("Content-Security-Policy").isPresent(), "the security headers stay on the 503 page");
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals(List.of(), axe, "axe-core: no serious or critical violation on the 503 page");
        assertTrue(down.get("page, English").body().contains("Service temporarily unavailable"), down.get("page, English").body());
        HttpResponse<String> api = down.get("api");
        assertEquals(503, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(api.body().contains("The database is unavailable"), api.body());
        assertEquals(503, down.get("health").statusCode());
        assertTrue(down.get("health").body().contains("DOWN"), down.get("health").body());
        HttpResponse<String> post = down.get("post");
        assertEquals(503, post.statusCode(), "a write while the database is away is refused, not half done: " + post.body());
        assertTrue(post.body().contains("The database is unavailable"), post.body());

        // back without a restart: readiness first, then the page and the API with the forum saved before
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int ready = 0;
        while (System.nanoTime() < deadline && (ready = visitor.get("health/ready").statusCode()) != 200) {
            Thread.sleep(500);
        }
        assertEquals(200, ready, "readiness UP again once MariaDB is back");
        HttpResponse<String> again = visitor.get(PAGE);
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("TPPO"), "the forum saved before the outage");
        HttpResponse<String> ideas = visitor.get(API + "/ideas?size=50&q=gangguan+" + run);
        assertEquals(200, ideas.statusCode(), ideas.body());
        assertTrue(ideas.body().contains("Sebelum gangguan " + run), "what was acknowledged before the outage: " + ideas.body());
        assertFalse(ideas.body().contains("Saat gangguan " + run), "what was refused during it");

        // the scheduled jobs survived the outage: a vote whose end time has passed is still closed by the sweep
        Sql.Forum forum = Sql.forum("pemadaman-" + run, "Forum pemadaman " + run, run.substring(0, 6).toUpperCase(), "VOTING", "Tema");
        Sql.update("INSERT INTO recommendation (forum_id, position, title, body, status, created_by, created_at, updated_at)"
                + " VALUES (?, 1, 'Rekomendasi', 'Isi.', 'DRAFT', 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum.id());
        Sql.update("INSERT INTO ballot (forum_id, opened_at, ends_at, quorum_percent, threshold_percent)"
                + " VALUES (?, UTC_TIMESTAMP(6) - INTERVAL 1 HOUR, UTC_TIMESTAMP(6) - INTERVAL 1 SECOND, 0, 50)", forum.id());
        long closedBy = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < closedBy
                && Sql.count("SELECT COUNT(*) FROM ballot WHERE forum_id = ? AND closed_at IS NOT NULL", forum.id()) == 0) {
            Thread.sleep(500);
        }
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM ballot WHERE forum_id = ? AND closed_at IS NOT NULL", forum.id()),
                "the vote sweep still runs after the outage (a failed timer used to be expunged for good)");
    }
}
