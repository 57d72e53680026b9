package id.sinergi.platform;

import id.sinergi.testing.TestServer;
import id.sinergi.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application as it is deployed, over HTTP: health, the REST API and its errors, login with
 * its session and throttling, page protection and the error pages, in both languages.
 */
class ApiAndPagesIT {

    private static final String DEMO_PASSWORD = "sinergi-demo";


    final URL url = TestServer.url();

    private WebClient client() throws Exception {
        return new WebClient(url.toURI());
    }

    @Test
    void readinessIsUpWithTheDatabase() throws Exception {
        URI health = url.toURI().resolve("/health/ready");
        HttpResponse<String> response = new WebClient(health).get(health.toString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
        assertTrue(response.body().contains("database"), response.body());
    }

    @Test
    void anonymousCallersSeePublicForumsOnly() throws Exception {
        HttpResponse<String> list = client().get("api/v1/forums?size=50");
        assertEquals(200, list.statusCode());
        assertTrue(list.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(list.body().contains("\"slug\":\"tppo-babel-2025\""), list.body());
        assertFalse(list.body().contains("timpora-babel-2025"), "members-only forum hidden");
        assertFalse(list.body().contains("TPPO25"), "join codes are not in the API");

        HttpResponse<String> one = client().get("api/v1/forums/tppo-babel-2025");
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("Perlindungan korban"), one.body());
    }

    @Test
    void apiErrorsAreJsonInTheCallersLanguage() throws Exception {
        HttpResponse<String> missing = client().get("api/v1/forums/tidak-ada");
        assertEquals(404, missing.statusCode());
        assertEquals("{\"message\":\"Forum tidak ditemukan.\",\"status\":404}", missing.body());
        HttpResponse<String> english = client().get("api/v1/forums/tidak-ada", "Accept-Language", "en-GB,en;q=0.8");
        assertTrue(english.body().contains("Forum not found."), english.body());

        HttpResponse<String> paging = client().get("api/v1/forums?size=5000");
        assertEquals(400, paging.statusCode());
        assertTrue(paging.body().contains("\"message\""), paging.body());

        HttpResponse<String> membersOnly = client().get("api/v1/forums/timpora-babel-2025");
        assertEquals(403, membersOnly.statusCode());
        assertTrue(membersOnly.body().contains("khusus peserta"), membersOnly.body());

        HttpResponse<String> noSuchPath = client().get("api/v1/tidak/ada");
        assertEquals(404, noSuchPath.statusCode());
        assertFalse(noSuchPath.body().contains(".java:"), noSuchPath.body());
    }

    @Test
    void basicAuthenticationOpensMembersOnlyForumsToMembers() throws Exception {
        HttpResponse<String> member = client().get("api/v1/forums/timpora-babel-2025",
                "Authorization", basic("lead@sinergi.demo", DEMO_PASSWORD));
        assertEquals(200, member.statusCode(), member.body());

        HttpResponse<String> wrong = client().get("api/v1/forums", "Authorization", basic("lead@sinergi.demo", "salah"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.body().contains("\"message\""), wrong.body());

        for (int call = 0; call < 3; call++) {
            // the second and later calls are checked from memory, not hashed again (RememberedPasswords)
            HttpResponse<String> again = client().get("api/v1/forums/timpora-babel-2025",
                    "Authorization", basic("lead@sinergi.demo", DEMO_PASSWORD));
            assertEquals(200, again.statusCode(), again.body());
            assertFalse(again.headers().firstValue("Set-Cookie").orElse("").contains("JSESSIONID"), "no session for a script");
        }
        HttpResponse<String> page = client().get("my-actions", "Authorization", basic("lead@sinergi.demo", DEMO_PASSWORD));
        assertEquals(302, page.statusCode(), "a page never logs in from a Basic header");
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/login"), page.headers().toString());
    }

    @Test
    void loginGivesANewSessionIdAndWrongPasswordsAreToldPolitely() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String name = "Moderator Uji " + run;
        String email = "masuk-" + run + "@uji.sinergi.test";
        id.sinergi.testing.Sql.user(name, email, null, "MODERATOR");
        WebClient browser = client();
        browser.get("login");
        String before = browser.cookie("JSESSIONID").orElseThrow();

        HttpResponse<String> wrong = browser.login(email, "salah-sekali");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("E-mail atau kata sandi salah."), "clear message");

        HttpResponse<String> ok = browser.login(email, DEMO_PASSWORD);
        assertEquals(302, ok.statusCode());
        assertNotEquals(before, browser.cookie("JSESSIONID").orElseThrow(), "session id changed at login");
        String cookie = sessionCookie(ok);
        assertTrue(cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), "the session cookie: " + cookie);
        assertFalse(cookie.contains("Secure"), "not Secure over plain HTTP: " + cookie);
        // the login page through a TLS proxy on this machine: its session cookie is Secure
        HttpResponse<String> tls = client().get("login", "X-Forwarded-Proto", "https");
        assertTrue(sessionCookie(tls).contains("Secure") && sessionCookie(tls).toLowerCase().contains("samesite=lax"),
                "Secure behind TLS: " + sessionCookie(tls));
        HttpResponse<String> home = browser.get("");
        assertTrue(home.body().contains(name), "logged in as the moderator");
    }

    @Test
    void repeatedFailuresAreSlowedDownTheSameForEveryNameAndRegistrationTellsNothing() throws Exception {
        String email = "lambat-" + UUID.randomUUID().toString().substring(0, 8) + "@uji.sinergi.test";
        Map<String, String> form = Map.of("name", "Uji Lambat", "email", email, "password", "kata-sandi-kuat",
                "passwordAgain", "kata-sandi-kuat");
        HttpResponse<String> registered = client().submit("register", "register", "submit", form);
        HttpResponse<String> again = client().submit("register", "register", "submit", form);
        for (HttpResponse<String> answer : List.of(registered, again)) {
            assertEquals(200, answer.statusCode());
            assertTrue(answer.body().contains("id=\"sent\"") && answer.body().contains(email), answer.body());
            assertFalse(answer.body().contains("sudah terdaftar"), "a taken address is not told apart");
        }
        assertEquals(1, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM app_user WHERE email = ?", email));

        String unknown = "tidak-ada-" + UUID.randomUUID().toString().substring(0, 8) + "@uji.sinergi.test";
        for (String name : List.of(email, unknown)) {
            WebClient attacker = client();
            HttpResponse<String> last = null;
            for (int i = 0; i < 5; i++) {
                last = attacker.login(name, "tebakan-" + i);
            }
            assertTrue(last.body().contains("Terlalu banyak percobaan masuk yang gagal"), "the same answer for " + name);
        }
        // the wait is short; made long here so that a slow machine still sees the right password wait
        id.sinergi.testing.Sql.update("UPDATE login_throttle SET next_at = UTC_TIMESTAMP(6) + INTERVAL 30 SECOND WHERE subject = ?",
                "account:" + email);
        assertEquals(200, client().login(email, "kata-sandi-kuat").statusCode(), "even the right password waits its turn");
        id.sinergi.testing.Sql.update("DELETE FROM login_throttle WHERE subject IN (?, ?)", "account:" + email, "address:127.0.0.1");
        assertEquals(302, client().login(email, "kata-sandi-kuat").statusCode(), "and is in once the wait is over");
    }

    @Test
    void protectedPagesAskForLoginOrRefuseInTheUsersLanguage() throws Exception {
        HttpResponse<String> anonymous = client().get("admin/users");
        assertEquals(302, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/login?next="));

        WebClient participant = client();
        participant.login("peserta@sinergi.demo", DEMO_PASSWORD);
        HttpResponse<String> refused = participant.get("admin/users");
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("Akses ditolak"), refused.body());
        assertFalse(refused.body().contains(".java:"), "no stack trace");

        HttpResponse<String> switched = participant.get("language?to=en&back=/admin/users");
        assertEquals(302, switched.statusCode());
        assertTrue(switched.headers().firstValue("Location").orElse("").endsWith("/admin/users"));
        HttpResponse<String> english = participant.get("admin/users");
        assertTrue(english.body().contains("Access denied"), english.body());
    }

    @Test
    void adminsBrowseUsersInstitutionsAndTheAuditLogAndLogoutEndsTheSession() throws Exception {
        WebClient admin = client();
        admin.login("admin@sinergi.demo", DEMO_PASSWORD);
        HttpResponse<String> users = admin.get("admin/users");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("Andi Pratama"), "the demo participant is listed");
        HttpResponse<String> institutions = admin.get("admin/institutions");
        assertTrue(institutions.body().contains("Kantor Imigrasi Tanjung Pandan"), "offices in the tree");
        HttpResponse<String> audit = admin.get("admin/audit");
        assertTrue(audit.body().contains(">login<") && audit.body().contains("admin@sinergi.demo"),
                "the audit log is browsable, newest first: the admin's own login");
        assertEquals(200, admin.get("admin/import").statusCode());

        HttpResponse<String> logout = admin.post("logout");
        assertEquals(302, logout.statusCode());
        HttpResponse<String> after = admin.get("admin/users");
        assertEquals(302, after.statusCode(), "logged out: back to the login page");
    }

    @Test
    void unknownPagesShowTheNotFoundPage() throws Exception {
        HttpResponse<String> missing = client().get("tidak-ada-halaman-ini");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Halaman tidak ditemukan"), missing.body());
        HttpResponse<String> forum = client().get("f/forum-yang-tidak-ada");
        assertEquals(404, forum.statusCode());
        assertTrue(forum.body().contains("Forum tidak ditemukan"), forum.body());
    }

    @Test
    void theIdeasApiKeepsAnonymityAndTakesPostsAndSupports() throws Exception {
        HttpResponse<String> search = client().get("api/v1/forums/tppo-babel-2025/ideas?q=pelabuhan&size=50");
        assertEquals(200, search.statusCode());
        assertTrue(search.body().contains("Posko pengaduan"), search.body());
        assertFalse(search.body().contains("Teguh Santoso"), "the anonymous author is not in any response");
        HttpResponse<String> one = client().get("api/v1/forums/tppo-babel-2025/ideas/5", "Authorization", basic("peserta@sinergi.demo", DEMO_PASSWORD));
        assertTrue(one.body().contains("\"anonymous\":true") && !one.body().contains("\"author\""), one.body());

        WebClient participant = client();
        participant.login("peserta@sinergi.demo", DEMO_PASSWORD);
        participant.get("language?to=id&back=/"); // another test may have switched this account to English
        HttpResponse<String> page = participant.get("f/tppo-babel-2025/ideas/5");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Posko pengaduan") && page.body().contains("Anonim"), "shown as anonymous");
        assertFalse(page.body().contains("Teguh Santoso"), "no page shows the anonymous author to another participant");
        assertFalse(participant.get("f/tppo-babel-2025/ideas").body().contains("Teguh Santoso"));

        String auth = basic("lead@sinergi.demo", DEMO_PASSWORD);
        HttpResponse<String> posted = client().send("POST", "api/v1/forums/tppo-babel-2025/ideas",
                "{\"themeId\": 3, \"title\": \"Dari API\", \"body\": \"Uraian dari API\"}", "Authorization", auth);
        assertEquals(201, posted.statusCode(), posted.body());
        String id = posted.body().replaceAll(".*\"id\":(\\d+).*", "$1");
        HttpResponse<String> supported = client().send("PUT", "api/v1/forums/tppo-babel-2025/ideas/" + id + "/support", "", "Authorization", auth);
        assertTrue(supported.body().contains("\"supportCount\":1"), supported.body());
        client().send("PUT", "api/v1/forums/tppo-babel-2025/ideas/" + id + "/support", "", "Authorization", auth);
        HttpResponse<String> again = client().get("api/v1/forums/tppo-babel-2025/ideas/" + id);
        assertTrue(again.body().contains("\"supportCount\":1"), "a double support counts once: " + again.body());

        HttpResponse<String> invalid = client().send("POST", "api/v1/forums/tppo-babel-2025/ideas",
                "{\"themeId\": 3, \"title\": \"\", \"body\": \"x\"}", "Authorization", auth);
        assertEquals(400, invalid.statusCode());
        assertTrue(invalid.body().contains("\"message\""), invalid.body());
        HttpResponse<String> anonymous = client().send("POST", "api/v1/forums/tppo-babel-2025/ideas",
                "{\"themeId\": 3, \"title\": \"Tanpa masuk\", \"body\": \"x\"}");
        assertEquals(403, anonymous.statusCode(), anonymous.body());
        HttpResponse<String> badStatus = client().get("api/v1/forums/tppo-babel-2025/ideas?status=ANEH");
        assertEquals(400, badStatus.statusCode());
    }

    @Test
    void anExpiredViewShowsTheSessionExpiredPage() throws Exception {
        WebClient browser = client();
        browser.get("login");
        HttpResponse<String> stale = browser.post("login", "login", "submit",
                Map.of("email", "peserta@sinergi.demo", "password", DEMO_PASSWORD), "-1:-1");
        assertEquals(302, stale.statusCode(), stale.body());
        String location = stale.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/error/expired.xhtml?back=%2Flogin"), location);
        HttpResponse<String> expired = browser.get(location.substring(location.indexOf("error/")));
        assertTrue(expired.body().contains("Sesi Anda telah berakhir"), expired.body());
        assertTrue(expired.body().contains("Buka lagi halaman tadi"), "a way back to the form");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    @Test
    void phonesGetCompressedLongCachedScriptsAnIconAndAManifestButPagesStayUncompressed() throws Exception {
        WebClient browser = client();
        String home = browser.get("").body();
        java.util.regex.Matcher js = java.util.regex.Pattern.compile("'/(jakarta\\.faces\\.resource/components\\.js[^']+)'").matcher(home);
        assertTrue(js.find(), "the page's script loader lists PrimeFaces' components");
        // HTTP/1.1 as a browser behind the TLS proxy speaks it to Payara (Java's client would try h2c)
        HttpResponse<byte[]> script = browser.send(js.group(1).replace("&amp;", "&"),
                r -> r.version(java.net.http.HttpClient.Version.HTTP_1_1).header("Accept-Encoding", "gzip").GET(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, script.statusCode());
        assertEquals("gzip", script.headers().firstValue("Content-Encoding").orElse(""), "scripts travel compressed");
        assertTrue(script.body().length < 250_000, "components.js compressed: " + script.body().length + " bytes");
        assertTrue(script.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "a versioned script is kept: " + script.headers().map());
        HttpResponse<byte[]> page = browser.send("", r -> r.version(java.net.http.HttpClient.Version.HTTP_1_1)
                .header("Accept-Encoding", "gzip").GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertFalse(page.headers().firstValue("Content-Encoding").isPresent(), "pages with secrets are not compressed (BREACH)");
        HttpResponse<byte[]> icon = browser.send("favicon.ico", r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode(), "no 404 for the browser's icon");
        HttpResponse<String> manifest = browser.get("manifest.webmanifest");
        assertEquals(200, manifest.statusCode());
        assertTrue(manifest.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"));
        assertTrue(manifest.body().contains("\"theme_color\"") && manifest.body().contains("icon-512.png"), manifest.body());
        assertEquals(200, browser.send("icons/icon-512.png", r -> r.GET(), HttpResponse.BodyHandlers.discarding()).statusCode());
        assertTrue(home.contains("rel=\"manifest\""), "every page links the manifest");
    }

    @Test
    void everyKindOfResponseCarriesTheHeaderPolicy() throws Exception {
        WebClient browser = client();
        String home = browser.get("").body();
        java.util.regex.Matcher css = java.util.regex.Pattern.compile("href=\"/(jakarta\\.faces\\.resource/[^\"]+)\"").matcher(home);
        assertTrue(css.find(), "the page links a resource");
        for (String path : new String[]{"", "f/tppo-babel-2025/ideas", css.group(1).replace("&amp;", "&"), "api/v1/forums",
                "api/v1/forums/tidak-ada", "tidak-ada-halaman", "f/tppo-babel-2024/recommendations/v1.pdf",
                "f/tppo-babel-2024/accountability.csv"}) {
            HttpResponse<String> response = browser.get(path);
            java.net.http.HttpHeaders h = response.headers();
            String where = path + " (" + response.statusCode() + ")";
            java.util.List<String> csp = h.allValues("Content-Security-Policy");
            assertEquals(1, csp.size(), "one policy: " + where + " " + csp);
            assertTrue(csp.get(0).contains("frame-ancestors 'self'"), where);
            assertTrue(csp.get(0).contains("script-src 'self'") && !csp.get(0).contains("unsafe"), "strict scripts: " + where);
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("text/html") && response.statusCode() == 200) {
                java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(response.body());
                assertTrue(nonce.find(), "the page's scripts carry a nonce: " + where);
                assertTrue(csp.get(0).contains("'nonce-" + nonce.group(1) + "'"), "the policy allows that nonce: " + where);
                assertFalse(response.body().matches("(?s).*<[a-z]+ [^>]*\\bon[a-z]+=\".*"), "no inline event handler: " + where);
            }
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), where);
            assertEquals("strict-origin-when-cross-origin", h.firstValue("Referrer-Policy").orElse(""), where);
            assertTrue(h.firstValue("Permissions-Policy").orElse("").contains("camera=()"), where);
            assertFalse(h.firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP: " + where);
        }
        HttpResponse<String> proxied = browser.get("", "X-Forwarded-Proto", "https");
        assertTrue(proxied.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS behind a TLS proxy on this machine");
        assertNotEquals(200, client().get("/metrics").statusCode(), "no metrics for anyone");
        String expired = browser.get("error/expired.xhtml?back=" + java.net.URLEncoder.encode("/\\evil.example/x", "UTF-8")).body();
        assertFalse(expired.contains("id=\"back\""), "no way back that leads off the site: " + expired);
        assertTrue(browser.get("error/expired.xhtml?back=%2Ff%2Ftppo-babel-2025").body().contains("href=\"/f/tppo-babel-2025\""));
    }

    @Test
    void aBoardOfMoreThanTenThousandIdeasPagesTheFirstTenThousandAndSaysSo() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String slug = "besar-" + run;
        id.sinergi.testing.Sql.Forum forum = id.sinergi.testing.Sql.forum(slug, "Besar " + run, run.toUpperCase(), "OPEN", "Pencegahan");
        long author = id.sinergi.testing.Sql.user("Penulis " + run, "besar-" + run + "@uji.sinergi.test", null, "PARTICIPANT");
        // 10,005 ideas in one statement (MariaDB's sequence engine), the newest first in the board
        id.sinergi.testing.Sql.update("INSERT INTO idea (forum_id, theme_id, author_id, title, body, anonymous, status, created_at,"
                + " updated_at) SELECT ?, ?, ?, CONCAT('Gagasan ', seq), 'Isi', FALSE, 'VISIBLE', UTC_TIMESTAMP(6) - INTERVAL seq SECOND,"
                + " UTC_TIMESTAMP(6) FROM seq_1_to_10005", forum.id(), forum.theme(), author);
        String api = "api/v1/forums/" + slug + "/ideas?size=20";

        HttpResponse<String> first = client().get(api);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.body().contains("\"total\":10001"), "counted up to 10,000, then 'more': " + first.body().substring(0, 200));
        assertTrue(first.body().contains("\"title\":\"Gagasan 1\""), "the newest first");
        HttpResponse<String> deepest = client().get(api + "&page=499");
        assertEquals(200, deepest.statusCode());
        assertTrue(deepest.body().contains("\"title\":\"Gagasan 10000\""), "the last page offered ends with the 10,000th");
        HttpResponse<String> beyond = client().get(api + "&page=500");
        assertEquals(400, beyond.statusCode());
        assertTrue(beyond.body().contains("10000") || beyond.body().contains("10.000"), beyond.body());

        HttpResponse<String> page = client().get("f/" + slug + "/ideas");
        assertTrue(page.body().contains("Ditampilkan 10.000 gagasan pertama"), "the board says it pages the first 10,000");
    }

    @Test
    void theApiRefusesChangesFromOtherSitesAndHidesHiddenCounts() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        id.sinergi.testing.Sql.Forum forum = id.sinergi.testing.Sql.forum("asal-" + run, "Asal " + run, run.toUpperCase(), "OPEN", "Pencegahan");
        id.sinergi.testing.Sql.update("UPDATE forum SET hide_support_counts = TRUE WHERE id = ?", forum.id());
        String email = "asal-" + run + "@uji.sinergi.test";
        long author = id.sinergi.testing.Sql.user("Penulis " + run, email, null, "PARTICIPANT");
        long idea = id.sinergi.testing.Sql.update("INSERT INTO idea (forum_id, theme_id, author_id, title, body, anonymous, status,"
                + " created_at, updated_at) VALUES (?, ?, ?, 'Gagasan', 'Isi', FALSE, 'VISIBLE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                forum.id(), forum.theme(), author);
        WebClient phone = client();
        assertEquals(302, phone.login(email, DEMO_PASSWORD).statusCode());
        String support = "api/v1/forums/asal-" + run + "/ideas/" + idea + "/support";
        String own = url.getProtocol() + "://" + url.getHost() + ":" + url.getPort();

        HttpResponse<String> forged = phone.send("PUT", support, "{}", "Origin", "http://evil.example");
        assertEquals(403, forged.statusCode(), forged.body());
        assertTrue(forged.body().contains("situs lain"), forged.body());
        HttpResponse<String> fetched = phone.send("PUT", support, "{}", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, fetched.statusCode(), "a cross-site fetch is refused too");
        assertEquals(0, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", idea), "nothing changed");

        HttpResponse<String> mine = phone.send("PUT", support, "{}", "Origin", own, "Sec-Fetch-Site", "same-origin");
        assertEquals(200, mine.statusCode(), mine.body());
        assertFalse(mine.body().contains("\"supportCount\":1"), "the forum hides counts until voting: " + mine.body());
        assertEquals(1, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", idea));
        assertEquals(200, phone.send("DELETE", support, "").statusCode(), "a script without a browser's headers is no other site");
    }

    @Test
    void aDemotedAdminsOpenSessionReadsNoAccountOnTheNextRequest() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String email = "admin-" + run + "@uji.sinergi.test";
        long admin = id.sinergi.testing.Sql.user("Admin Sementara " + run, email, null, "ADMIN");
        WebClient session = client();
        assertEquals(302, session.login(email, DEMO_PASSWORD).statusCode());
        HttpResponse<String> before = session.get("admin/user?id=1");
        assertEquals(200, before.statusCode());
        assertTrue(before.body().contains("admin@sinergi.demo"), "an admin reads an account");

        id.sinergi.testing.Sql.update("DELETE FROM user_role WHERE user_id = ?", admin);
        id.sinergi.testing.Sql.update("INSERT INTO user_role (user_id, role) VALUES (?, 'PARTICIPANT')", admin);
        HttpResponse<String> after = session.get("admin/user?id=1");
        assertEquals(403, after.statusCode(), "the same session, the next request: refused");
        assertFalse(after.body().contains("admin@sinergi.demo"));
        assertEquals(1, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM audit_entry WHERE actor_name = ? AND action = 'user.read'"
                + " AND outcome = 'DENIED'", email), "and the refusal is audited");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
    }
}
