package id.sinergi.recommendation;

import id.sinergi.testing.TestServer;
import id.sinergi.testing.Sql;
import id.sinergi.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Votes are secret: over HTTP, as other participants, as the moderator and as the public,
 * no page or API response a user can reach tells how one person voted, during or after the vote;
 * the breakdown never shows a group that small; nothing about a choice is audited.
 */
class VotingSecrecyIT {

    private static final String PASSWORD = "sinergi-demo";


    final URL url = TestServer.url();

    private WebClient as(String email) throws Exception {
        return WebClient.as(url.toURI(), email, PASSWORD);
    }

    @Test
    void nobodyCanSeeHowAPersonVoted() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long ngo = Sql.update("INSERT INTO institution (name, type) VALUES (?, 'NGO')", "Yayasan Rahasia " + run);
        String secretName = "Pemilih Rahasia " + run;
        String a = "rahasia-" + run + "@uji.sinergi.test";
        long alice = Sql.user(secretName, a, ngo, "PARTICIPANT");
        String b = "kedua-" + run + "@uji.sinergi.test";
        long bob = Sql.user("Peserta Kedua " + run, b, null, "PARTICIPANT");
        long carol = Sql.user("Peserta Ketiga " + run, "ketiga-" + run + "@uji.sinergi.test", null, "PARTICIPANT");
        long dan = Sql.user("Peserta Keempat " + run, "keempat-" + run + "@uji.sinergi.test", null, "PARTICIPANT");
        String slug = "rahasia-" + run;
        Sql.Forum created = Sql.forum(slug, "Forum rahasia " + run, run.substring(0, 6).toUpperCase(), "VOTING", "Pencegahan");
        long forum = created.id();
        long theme = created.theme();
        for (long member : List.of(alice, bob, carol, dan)) {
            Sql.voter(forum, member);
        }
        long rec1 = Sql.update("INSERT INTO recommendation (forum_id, theme_id, position, title, body, status, created_by, created_at, updated_at)"
                + " VALUES (?, ?, 1, 'Rekomendasi pertama', 'Isi', 'DRAFT', 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum, theme);
        long rec2 = Sql.update("INSERT INTO recommendation (forum_id, theme_id, position, title, body, status, created_by, created_at, updated_at)"
                + " VALUES (?, ?, 2, 'Rekomendasi kedua', 'Isi', 'DRAFT', 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum, theme);
        Sql.update("INSERT INTO ballot (forum_id, opened_at, ends_at, quorum_percent, threshold_percent, show_running_totals)"
                + " VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, 50, 50, FALSE)", forum);

        String api = "api/v1/forums/" + slug + "/recommendations";
        WebClient alicesPhone = as(a);
        assertEquals(200, vote(alicesPhone, api, rec1, "AGREE").statusCode());
        HttpResponse<String> changed = vote(alicesPhone, api, rec1, "DISAGREE");
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(200, vote(alicesPhone, api, rec2, "AGREE").statusCode());
        WebClient bobsPhone = as(b);
        assertEquals(200, vote(bobsPhone, api, rec1, "AGREE").statusCode());
        assertEquals(200, vote(as("ketiga-" + run + "@uji.sinergi.test"), api, rec1, "AGREE").statusCode());
        assertEquals(200, vote(as("keempat-" + run + "@uji.sinergi.test"), api, rec1, "ABSTAIN").statusCode());
        HttpResponse<String> bad = vote(bobsPhone, api, rec1, "MAYBE");
        assertEquals(400, bad.statusCode(), "a choice that does not exist is refused: " + bad.body());

        String mine = alicesPhone.get(api).body();
        assertTrue(mine.contains("\"myVote\":\"DISAGREE\""), "Alice sees her own, changed vote: " + mine);

        List<WebClient> observers = List.of(bobsPhone, as("moderator@sinergi.demo"), as(null), as("admin@sinergi.demo"));
        List<String> paths = List.of("f/" + slug, "f/" + slug + "/voting", "f/" + slug + "/voting/" + rec1,
                "f/" + slug + "/voting/" + rec2, "f/" + slug + "/ideas", "f/" + slug + "/live", "inbox", api,
                "api/v1/forums/" + slug, "api/v1/forums/" + slug + "/ideas", "api/v1/forums/" + slug + "/publications");

        // during the vote: no result for anyone; no trace of Alice for anyone else
        for (WebClient observer : observers) {
            String body = observer.get(api).body();
            assertFalse(body.contains("\"agree\""), "no totals in the API during the vote: " + body);
            assertNoTraceOf(observer, paths, secretName, a);
        }
        String bobs = bobsPhone.get(api).body();
        assertTrue(bobs.contains("\"myVote\":\"AGREE\""), bobs);
        assertFalse(bobs.contains("DISAGREE"), "Bob sees his own vote only: " + bobs);
        String participantPage = bobsPhone.get("f/" + slug + "/voting").body();
        assertFalse(participantPage.contains("Perolehan sementara"), "no running totals for participants");
        String moderatorPage = observers.get(1).get("f/" + slug + "/voting").body();
        assertFalse(moderatorPage.contains("Perolehan sementara"), "nor for the moderator: moving totals would tell who voted what");
        assertTrue(moderatorPage.contains("id=\"turnout-voted\">4</span>"), "the moderator follows the turnout: 4 of 4 voted");

        // the end time passes; the container's sweep closes the vote
        Sql.update("UPDATE ballot SET ends_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE forum_id = ?", forum);
        Instant until = Instant.now().plusSeconds(40);
        String results = bobsPhone.get(api).body();
        while (!results.contains("\"agree\"") && Instant.now().isBefore(until)) {
            Thread.sleep(500);
            results = bobsPhone.get(api).body();
        }
        assertTrue(results.contains("\"agree\":2,\"byInstitutionType\":[{\"abstain\":1,\"agree\":2,\"disagree\":1,\"institutionType\":\"OTHER\"}],\"disagree\":1"),
                "totals after the close; Alice, the only voter of her institution type, is folded into OTHER: " + results);
        assertFalse(results.contains("\"NGO\""), results);
        for (WebClient observer : observers) {
            assertNoTraceOf(observer, paths, secretName, a);
        }
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM audit_entry WHERE action LIKE 'vote.cast%' AND outcome = 'SUCCESS'"),
                "casting a vote is not audited");
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE '%AGREE%' OR detail LIKE '%ABSTAIN%'"));
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM notification WHERE argument LIKE '%AGREE%' OR message_key LIKE 'vote.%'"));
        assertEquals(5, Sql.count("SELECT COUNT(*) FROM vote v JOIN recommendation r ON r.id = v.recommendation_id WHERE r.forum_id = ?", forum),
                "one row per person per recommendation, the changed vote included once");
        assertEquals(409, vote(alicesPhone, api, rec1, "AGREE").statusCode(), "no votes after the close: 409 closed");
    }

    private static HttpResponse<String> vote(WebClient client, String api, long recommendation, String choice) throws Exception {
        return client.send("PUT", api + "/" + recommendation + "/vote", "{\"choice\":\"" + choice + "\"}");
    }

    private static void assertNoTraceOf(WebClient observer, List<String> paths, String name, String email) throws Exception {
        for (String path : paths) {
            HttpResponse<String> response = observer.get(path);
            assertTrue(response.statusCode() < 500, path + " answered " + response.statusCode());
            assertFalse(response.body().contains(name), path + " shows the voter's name");
            assertFalse(response.body().contains(email), path + " shows the voter's e-mail");
        }
    }
}
