package id.sinergi.forum;

import id.sinergi.testing.TestServer;
import id.sinergi.testing.Browser;
import id.sinergi.testing.ItDatabase;
import id.sinergi.testing.Mailbox;
import id.sinergi.testing.Sql;
import id.sinergi.testing.WebClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The voter roll over HTTP and in Chromium: a clean close under a burst of votes, invitations
 * read from the test SMTP server whose links admit exactly their person, the badge sheet read
 * back and a badge's QR link checking its holder in, and the admission and confirmation queues
 * on a phone and through the API.
 */
class VoterRollWebIT {

    private static final String PASSWORD = "sinergi-demo";
    private static final Pattern INVITE = Pattern.compile("/invite\\?t=[A-Za-z0-9_-]{43}");


    final URL url = TestServer.url();

    private WebClient as(String email) throws Exception {
        return WebClient.as(url.toURI(), email, PASSWORD);
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    private static String voterStatus(long forum, long user) throws Exception {
        return string("SELECT status FROM forum_voter WHERE forum_id = ? AND user_id = ?", forum, user);
    }

    private static String string(String sql, Object... params) throws Exception {
        try (Connection c = Sql.connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void aCloseInTheMiddleOfABurstAnswersEveryVoteCountedOrClosedAndNeverFails() throws Exception {
        String run = run();
        String slug = "tutup-" + run;
        Sql.Forum created = Sql.forum(slug, "Penutupan " + run, run.toUpperCase(), "VOTING", "Pencegahan");
        long forum = created.id();
        long[] recs = new long[2];
        for (int r = 0; r < 2; r++) {
            recs[r] = Sql.update("INSERT INTO recommendation (forum_id, theme_id, position, title, body, status, created_by,"
                    + " created_at, updated_at) VALUES (?, ?, ?, ?, 'Isi', 'DRAFT', 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                    forum, created.theme(), r + 1, "Rekomendasi " + (r + 1));
        }
        Sql.update("INSERT INTO ballot (forum_id, opened_at, ends_at, quorum_percent, threshold_percent, show_running_totals)"
                + " VALUES (?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, 50, 50, FALSE)", forum);
        int voters = 60;
        List<String> emails = new ArrayList<>();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < voters; i++) {
            String email = "beruntun-" + i + "-" + run + "@uji.sinergi.test";
            long id = Sql.user("Pemilih " + i + " " + run, email, null, "PARTICIPANT");
            Sql.voter(forum, id);
            emails.add(email);
            ids.put(email, id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(voters);
        List<Future<WebClient>> logins = new ArrayList<>();
        for (String email : emails) {
            logins.add(pool.submit(() -> as(email)));
        }
        List<WebClient> phones = new ArrayList<>();
        for (Future<WebClient> login : logins) {
            phones.add(login.get(120, TimeUnit.SECONDS));
        }
        WebClient moderator = as("moderator@sinergi.demo");
        String api = "api/v1/forums/" + slug + "/recommendations/";

        // each phone votes again and again (changing its mind) until it is told the vote closed
        Map<String, String> acknowledged = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        String[] choices = {"AGREE", "DISAGREE", "ABSTAIN"};
        List<Future<?>> burst = new ArrayList<>();
        for (int i = 0; i < voters; i++) {
            int voter = i;
            burst.add(pool.submit(() -> {
                start.await();
                for (int n = 0; n < 400; n++) {
                    long rec = recs[(voter + n) % 2];
                    String choice = choices[(voter + n) % 3];
                    HttpResponse<String> response = phones.get(voter).send("PUT", api + rec + "/vote", "{\"choice\":\"" + choice + "\"}");
                    answered.incrementAndGet();
                    if (response.statusCode() == 200) {
                        acknowledged.put(emails.get(voter) + "/" + rec, choice);
                    } else if (response.statusCode() == 409 && response.body().contains("ditutup")) {
                        refused.incrementAndGet();
                        return null;
                    } else {
                        failures.add(response.statusCode() + " " + response.body());
                        return null;
                    }
                }
                failures.add("voter " + voter + " was never told the vote closed");
                return null;
            }));
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (answered.get() < voters * 3 && failures.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        HttpResponse<String> closed = moderator.submit("f/" + slug + "/voting", "voting", "close-voting", Map.of());
        assertTrue(closed.statusCode() < 400, "the moderator's close: " + closed.statusCode());
        for (Future<?> f : burst) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(List.of(), failures, "no 5xx, nothing but counted or closed");
        assertEquals(voters, refused.get(), "every phone was finally told: closed");
        assertNotNull(string("SELECT closed_by FROM ballot WHERE forum_id = ?", forum), "closed early by the moderator");
        for (int r = 0; r < 2; r++) {
            long rec = recs[r];
            int[] expected = new int[3];
            int stored = 0;
            for (String email : emails) {
                String ack = acknowledged.get(email + "/" + rec);
                String row = string("SELECT choice FROM vote WHERE recommendation_id = ? AND user_id = ?", rec, ids.get(email));
                assertEquals(ack, row, "the last acknowledged vote of " + email + " is the one stored");
                if (ack != null) {
                    expected[List.of(choices).indexOf(ack)]++;
                    stored++;
                }
            }
            String frozen = string("SELECT CONCAT(agree_count, '/', disagree_count, '/', abstain_count) FROM recommendation WHERE id = ?", rec);
            assertEquals(expected[0] + "/" + expected[1] + "/" + expected[2], frozen,
                    "the frozen result counts each acknowledged vote exactly once (" + stored + " votes)");
        }
        assertEquals(String.valueOf(voters), string("SELECT eligible_count FROM ballot WHERE forum_id = ?", forum));
    }

    @Test
    void invitationsArriveByMailAdmitExactlyTheirPersonAndBadgesCheckPeopleIn() throws Exception {
        String run = run();
        String slug = "undangan-" + run;
        Sql.Forum created = Sql.forum(slug, "Undangan " + run, run.toUpperCase(), "OPEN", "Pencegahan");
        long forum = created.id();
        String newcomer = "baru-" + run + "@uji.sinergi.test";
        String second = "kedua-" + run + "@uji.sinergi.test";
        String existing = "lama-" + run + "@uji.sinergi.test";
        long existingId = Sql.user("Peserta Lama " + run, existing, null, "PARTICIPANT");
        Path csv = Files.createTempFile(ItDatabase.basedir().resolve("target/tmp"), "undangan-", ".csv");
        Files.writeString(csv, "nama,email,instansi\n"
                + "Ayu Baru " + run + "," + newcomer + ",Universitas Bangka Belitung\n"
                + "Budi Kedua " + run + "," + second + ",UBB\n"
                + "Peserta Lama " + run + "," + existing + ",\n"
                + "Salah Instansi," + "salah-" + run + "@uji.sinergi.test,Instansi Tidak Ada\n");
        try (Browser moderator = new Browser(Browser.LAPTOP)) {
            moderator.login(url.toString(), "moderator@sinergi.demo", PASSWORD);
            moderator.open(url + "f/" + slug + "/roll");
            moderator.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            moderator.click("import:upload");
            moderator.waitForText("import-summary", "3");
            assertTrue(moderator.find("import:rejected").getText().contains("5"), "the bad line is reported by its number");
            assertTrue(moderator.bodyText().contains("3 orang diundang, 1 baris ditolak"), moderator.bodyText());
            moderator.waitForText("count-admitted", "3");
        } finally {
            Files.deleteIfExists(csv);
        }

        String newcomerLink = link(newcomer);
        String secondLink = link(second);
        assertNotNull(link(existing), "people with an account are invited by mail too");
        long newcomerId = Long.parseLong(string("SELECT id FROM app_user WHERE email = ?", newcomer));
        long secondId = Long.parseLong(string("SELECT id FROM app_user WHERE email = ?", second));
        assertEquals("ADMITTED", voterStatus(forum, newcomerId), "on the roll from the invitation");
        assertNotNull(string("SELECT affiliation_confirmed_at FROM app_user WHERE id = ?", newcomerId),
                "the organiser's list confirms the institution");

        // someone else, logged in, opens Budi's link: it is not theirs
        WebClient other = as(existing);
        HttpResponse<String> notTheirs = other.get(secondLink.substring(1));
        assertTrue(notTheirs.body().contains("Undangan ini untuk orang lain"), notTheirs.body());
        assertNull(string("SELECT accepted_at FROM forum_voter WHERE forum_id = ? AND user_id = ?", forum, secondId));
        HttpResponse<String> forged = other.get("invite?t=" + "A".repeat(43));
        assertTrue(forged.body().contains("Tautan undangan ini tidak berlaku"), "a made-up link admits nobody");

        // Ayu has no password yet: her link lets her choose one and brings her to the vote
        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.open(url + newcomerLink.substring(1));
            phone.waitForText("invite-name", "Ayu Baru " + run);
            phone.type("invite:password", "kata-sandi-ayu");
            phone.type("invite:passwordAgain", "kata-sandi-ayu");
            phone.click("invite:activate");
            phone.waitForUrlContaining("/f/" + slug + "/voting");
            phone.waitForText("who", "Ayu Baru " + run);
            assertTrue(phone.bodyText().contains("Daftar undangan"), "the ballot says how the roll is formed");
        }
        assertNotNull(string("SELECT accepted_at FROM forum_voter WHERE forum_id = ? AND user_id = ?", forum, newcomerId));
        assertNotNull(string("SELECT email_confirmed_at FROM app_user WHERE id = ?", newcomerId), "the link proved the address");

        // the badge sheet: the moderator's, read back; nobody else's
        WebClient mod = as("moderator@sinergi.demo");
        HttpResponse<byte[]> pdf = mod.send("f/" + slug + "/badges.pdf", b -> b.GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String badgeCode = string("SELECT badge_code FROM forum_voter WHERE forum_id = ? AND user_id = ?", forum, existingId);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // names wrap on a badge: compare with single spaces
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String name : List.of("Ayu Baru " + run, "Budi Kedua " + run, "Peserta Lama " + run)) {
                assertTrue(text.contains(name), "a badge for " + name + ": " + text);
            }
            assertTrue(text.contains(badgeCode), "each badge prints its code under the QR code");
            assertTrue(text.contains("Universitas Bangka Belitung"), text);
        }
        assertEquals(403, other.send("f/" + slug + "/badges.pdf", b -> b.GET(), HttpResponse.BodyHandlers.ofByteArray()).statusCode(),
                "a participant prints no badges");

        // at the venue: the helper's phone opens the badge's QR link, one tap checks the holder in
        Sql.update("INSERT INTO forum_helper (forum_id, user_id) VALUES (?, 3)", forum);
        try (Browser helper = new Browser(Browser.PHONE)) {
            helper.open(url + "f/" + slug + "/check-in/" + badgeCode);
            helper.waitForUrlContaining("/login");
            helper.type("login:email", "lead@sinergi.demo");
            helper.type("login:password", PASSWORD);
            helper.click("login:submit");
            helper.waitForText("badge-name", "Peserta Lama " + run);
            helper.click("checkin:confirm-check-in");
            helper.waitForText("checked-in", "Registrasi ulang berhasil");
        }
        assertNotNull(string("SELECT checked_in_at FROM forum_voter WHERE forum_id = ? AND user_id = ?", forum, existingId));
        HttpResponse<String> notHelper = other.get("f/" + slug + "/check-in/" + badgeCode);
        assertEquals(403, notHelper.statusCode(), "a participant checks nobody in");
    }

    private static String link(String address) {
        List<Mailbox.Mail> mails = Mailbox.await(address, 1, Duration.ofSeconds(30));
        for (Mailbox.Mail mail : mails) {
            Matcher m = INVITE.matcher(mail.body());
            if (m.find()) {
                return m.group();
            }
        }
        throw new AssertionError("no invitation for " + address + " in " + mails);
    }

    @Test
    void admissionAndConfirmationQueuesOnAPhoneAndThroughTheApi() throws Exception {
        String run = run();
        String slug = "antrean-" + run;
        String code = ("Q" + run).substring(0, 6).toUpperCase();
        Sql.Forum created = Sql.forum(slug, "Antrean " + run, code, "OPEN", "Pencegahan");
        long forum = created.id();
        Sql.update("UPDATE forum SET roll_mode = 'ADMISSION' WHERE id = ?", forum);
        // two people claim Kantor Imigrasi Pangkalpinang (under the demo lead's Kanwil); nobody confirmed it
        String[] waiting = {"tunggu-a-" + run + "@uji.sinergi.test", "tunggu-b-" + run + "@uji.sinergi.test"};
        long[] ids = new long[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = Sql.user("Penunggu " + (char) ('A' + i) + " " + run, waiting[i], 2L, "PARTICIPANT");
            Sql.update("UPDATE app_user SET affiliation_confirmed_at = NULL WHERE id = ?", ids[i]);
            WebClient phone = as(waiting[i]);
            HttpResponse<String> joined = phone.submit("join", "join", "submit", Map.of("code", code.toLowerCase()));
            assertEquals(302, joined.statusCode(), joined.body());
            assertEquals("PENDING", voterStatus(forum, ids[i]), "joining an admission forum queues for the roll");
        }

        // the moderator admits A on a phone, seeing name, e-mail and the claimed institution
        try (Browser moderator = new Browser(Browser.PHONE)) {
            moderator.login(url.toString(), "moderator@sinergi.demo", PASSWORD);
            moderator.open(url + "f/" + slug + "/roll");
            moderator.waitForText("roll:queue", "Penunggu A " + run);
            String queue = moderator.find("roll:queue").getText();
            assertTrue(queue.contains(waiting[0]) && queue.contains("Kantor Imigrasi Pangkalpinang") && queue.contains("belum dikonfirmasi"), queue);
            row(moderator, "#roll\\:queue tbody tr", "Penunggu A " + run).findElement(By.cssSelector("button[id$=':admit']")).click();
            moderator.waitForText("count-admitted", "1");
            assertFalse(moderator.find("roll:queue").getText().contains("Penunggu A " + run));
            int width = ((Number) ((org.openqa.selenium.JavascriptExecutor) moderator.driver())
                    .executeScript("return document.documentElement.scrollWidth")).intValue();
            assertTrue(width <= Browser.PHONE.getWidth() + 1, "the roll page fits a phone: " + width + " px");
        }
        assertEquals("ADMITTED", voterStatus(forum, ids[0]));

        // the API: participants see no queue; the moderator admits B; twice changes nothing
        WebClient participant = as(waiting[0]);
        HttpResponse<String> refused = participant.get("api/v1/forums/" + slug + "/roll?status=PENDING");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("\"status\":403"), refused.body());
        WebClient moderator = as("moderator@sinergi.demo");
        HttpResponse<String> queue = moderator.get("api/v1/forums/" + slug + "/roll?status=PENDING");
        assertEquals(200, queue.statusCode(), queue.body());
        assertTrue(queue.body().contains("\"total\":1") && queue.body().contains(waiting[1]), queue.body());
        HttpResponse<String> admitted = moderator.send("POST", "api/v1/forums/" + slug + "/roll/" + ids[1] + "/admit", "");
        assertEquals(200, admitted.statusCode(), admitted.body());
        assertTrue(admitted.body().contains("\"ADMITTED\""), admitted.body());
        assertTrue(moderator.send("POST", "api/v1/forums/" + slug + "/roll/" + ids[1] + "/admit", "").body().contains("UNCHANGED"));
        HttpResponse<String> badStatus = moderator.get("api/v1/forums/" + slug + "/roll?status=SEMUA");
        assertEquals(400, badStatus.statusCode(), "a clear 4xx for a status that does not exist");

        // the lead of the Kanwil confirms A's claim on a phone; a lead of another institution cannot
        try (Browser lead = new Browser(Browser.PHONE)) {
            lead.login(url.toString(), "lead@sinergi.demo", PASSWORD);
            lead.open(url + "affiliations");
            lead.waitForText("claims:table", "Penunggu A " + run);
            row(lead, "#claims\\:table tbody tr", "Penunggu A " + run).findElement(By.cssSelector("button[id$=':confirm']")).click();
            lead.waitForPageText("Instansi telah dikonfirmasi", Duration.ofSeconds(10));
        }
        assertNotNull(string("SELECT affiliation_confirmed_at FROM app_user WHERE id = ?", ids[0]));
        WebClient otherLead = as("teguh.santoso@sinergi.demo");
        HttpResponse<String> notTheirs = otherLead.send("POST", "api/v1/affiliations/" + ids[1] + "/confirm", "");
        assertEquals(403, notTheirs.statusCode(), notTheirs.body());
        assertNull(string("SELECT affiliation_confirmed_at FROM app_user WHERE id = ?", ids[1]));
        WebClient kanwil = as("lead@sinergi.demo");
        HttpResponse<String> claims = kanwil.get("api/v1/affiliations?size=100");
        assertTrue(claims.body().contains(waiting[1]) && !claims.body().contains(waiting[0]), claims.body());
        assertEquals(200, kanwil.send("POST", "api/v1/affiliations/" + ids[1] + "/confirm", "").statusCode());
        assertNotNull(string("SELECT affiliation_confirmed_at FROM app_user WHERE id = ?", ids[1]));
    }

    private static WebElement row(Browser browser, String css, String text) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text));
    }
}
