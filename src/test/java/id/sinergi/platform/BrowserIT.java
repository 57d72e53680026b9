package id.sinergi.platform;

import id.sinergi.testing.TestServer;
import id.sinergi.forum.JoinCodes;
import id.sinergi.testing.Browser;
import id.sinergi.testing.Mailbox;
import org.junit.jupiter.api.Test;

import id.sinergi.testing.ItDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Real Chromium against the deployed application: the way people at the venue use it. */
class BrowserIT {


    final URL url = TestServer.url();

    @Test
    void aModeratorOpensAForumAndAParticipantJoinsItFromAPhone() throws Exception {
        String title = "Sosialisasi Pencegahan TPPO " + UUID.randomUUID().toString().substring(0, 6);
        String joinCode;
        String forumUrl;
        String run = UUID.randomUUID().toString().substring(0, 6);
        String moderatorName = "Moderator Peramban " + run;
        String moderatorEmail = "moderator-" + run + "@uji.sinergi.test";
        id.sinergi.testing.Sql.user(moderatorName, moderatorEmail, null, "MODERATOR");
        try (Browser moderator = new Browser(Browser.LAPTOP)) {
            moderator.login(url.toString(), moderatorEmail, "sinergi-demo");
            moderator.waitForText("who", moderatorName);

            moderator.click("nav-new-forum");
            moderator.type("forum:title", title);
            moderator.type("forum:venue", "Balai Kota Pangkalpinang");
            moderator.click("forum:save");
            moderator.waitForUrlContaining("/f/sosialisasi-pencegahan-tppo-");
            moderator.waitForText("phase", "Draf");
            assertTrue(moderator.bodyText().contains("Perlindungan korban"), "default themes saved");
            assertFalse(moderator.bodyText().contains("Penyelenggara"), "no organiser line without an organiser");

            moderator.click("phaseForm:nextPhase");
            moderator.click("phaseForm:confirm-yes");
            moderator.settle();
            moderator.waitForText("phase", "Dibuka");
            joinCode = moderator.find("join-code").getText();
            forumUrl = moderator.driver().getCurrentUrl();
            assertEquals(JoinCodes.LENGTH, joinCode.length());
        }

        try (Browser participant = new Browser(Browser.PHONE)) {
            String email = "peserta-" + UUID.randomUUID().toString().substring(0, 8) + "@uji.sinergi.test";
            participant.open(url + "register");
            participant.type("register:name", "Nur Aini");
            participant.type("register:email", email);
            participant.type("register:password", "kata-sandi-kuat");
            participant.type("register:passwordAgain", "kata-sandi-kuat");
            participant.click("register:submit");
            // the answer says where the link went and nothing more; the account joins once it is confirmed
            participant.waitForText("sent", email);
            participant.open(url + confirmationLink(email));
            participant.waitForText("confirmed", "dikonfirmasi");
            participant.login(url.toString(), email, "kata-sandi-kuat");
            participant.waitForText("who", "Nur Aini");

            participant.click("nav-join");
            participant.type("join:code", joinCode.toLowerCase());
            participant.click("join:submit");
            participant.waitForText("forum-title", title);
            assertEquals(forumUrl, participant.driver().getCurrentUrl(), "lands on the forum's clean URL");
            assertTrue(participant.bodyText().contains(joinCode), "members see the join code to share");
            assertFalse(participant.bodyText().contains("Fase forum"), "no moderator controls for participants");
        }
    }

    @Test
    void anIdeaPostedFromAPhoneAppearsOnTheLiveBoardWithoutReloadAndHtmlStaysText() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String title = "<script>alert(1)</script> Patroli pelabuhan " + marker;
        try (Browser projector = new Browser(Browser.LAPTOP); Browser phone = new Browser(Browser.PHONE)) {
            projector.open(url + "f/tppo-babel-2025/live");
            projector.find("live-code");
            projector.settle();

            String rizki = "rizki-" + marker + "@uji.sinergi.test";
            phone.open(url + "register?next=/f/tppo-babel-2025/ideas");
            phone.type("register:name", "Rizki Ramadhan");
            phone.type("register:email", rizki);
            phone.type("register:password", "kata-sandi-kuat");
            phone.type("register:passwordAgain", "kata-sandi-kuat");
            phone.click("register:submit");
            phone.waitForText("sent", rizki);
            phone.open(url + confirmationLink(rizki));
            phone.waitForText("confirmed", "dikonfirmasi");
            phone.login(url.toString(), rizki, "kata-sandi-kuat");
            phone.open(url + "f/tppo-babel-2025/ideas");
            phone.choose("post:theme", "Penegakan hukum");
            phone.type("post:title", title);
            phone.type("post:body", "Razia gabungan di pelabuhan kecil.\nLihat https://example.org/panduan");
            phone.click("post:submit");
            phone.waitForText("board:list", "Patroli pelabuhan " + marker);

            // pushed, not polled: the projector never reloads (how fast is a benchmark's question)
            projector.waitForText("newest", "Patroli pelabuhan " + marker);
            assertTrue(projector.find("newest").getText().contains("<script>alert(1)</script>"), "HTML shown as text");

            assertTrue(phone.bodyText().contains("<script>alert(1)</script> Patroli pelabuhan " + marker), "as text on the board too");
            WebElement idea = phone.driver().findElements(By.cssSelector("article.idea")).stream()
                    .filter(e -> e.getText().contains(marker)).findFirst().orElseThrow();
            assertTrue(idea.findElement(By.cssSelector(".idea-body a")).getAttribute("href").equals("https://example.org/panduan"),
                    "links made clickable");
            idea.findElement(By.cssSelector(".support-button")).click();
            phone.settle();
            phone.waitForText("board:list", "Didukung · 1");
        }
    }

    @Test
    void theScriptPolicyRefusesAScriptThatSinergiDidNotWrite() throws Exception {
        try (Browser visitor = new Browser(Browser.PHONE)) {
            visitor.open(url + "f/tppo-babel-2024/accountability");
            visitor.settle();
            assertTrue(visitor.takeCspViolations().isEmpty(), "the page's own scripts and handlers all run");
            JavascriptExecutor js = (JavascriptExecutor) visitor.driver();
            // what an injected tag would do: an inline script and an inline handler, without the page's nonce
            js.executeScript("var s = document.createElement('script'); s.textContent = 'window.pwned = 1';"
                    + "document.body.appendChild(s);"
                    + "var i = document.createElement('img'); i.setAttribute('onerror', 'window.pwned = 2'); i.src = 'data:,x';"
                    + "document.body.appendChild(i);");
            java.util.List<String> refused = new java.util.ArrayList<>();
            new org.openqa.selenium.support.ui.WebDriverWait(visitor.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> refused.addAll(visitor.takeCspViolations()) && refused.size() >= 2 || refused.size() >= 2);
            assertEquals(2, refused.size(), "both refused by the policy: " + refused);
            assertEquals(null, js.executeScript("return window.pwned === undefined ? null : window.pwned;"), "no injected script ran");
        }
    }

    @Test
    void aPagePaintsWithoutItsScriptsAndATapBeforeTheyHaveLoadedStillWorks() throws Exception {
        // no script file in the page itself: nothing holds the first paint (platform.ScriptsAfterText)
        java.net.http.HttpResponse<String> login = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertFalse(login.body().matches("(?s).*<script[^>]*\\ssrc=.*"), "the login page names its scripts only in the loader");
        assertTrue(login.body().contains("components.js"), "the loader lists PrimeFaces' scripts");

        try (Browser phone = new Browser(Browser.PHONE)) {
            // a slow network: the scripts have not arrived when the participant taps "Masuk"
            org.openqa.selenium.chrome.ChromeDriver chrome = (org.openqa.selenium.chrome.ChromeDriver) phone.driver();
            chrome.executeCdpCommand("Network.enable", java.util.Map.of());
            chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", java.util.List.of("*.js.xhtml*")));
            chrome.get(url + "login");
            assertEquals(Boolean.FALSE, chrome.executeScript("return !!window.PrimeFaces;"), "PrimeFaces has not loaded");
            chrome.findElement(By.id("login:email")).sendKeys("peserta@sinergi.demo");
            chrome.findElement(By.id("login:password")).sendKeys("sinergi-demo");
            chrome.executeCdpCommand("Network.setBlockedURLs", java.util.Map.of("urls", java.util.List.of()));
            chrome.findElement(By.id("login:submit")).click();
            // the browser's own post carries the page's nonce, so PrimeFaces accepts it
            phone.waitForText("who", "Andi Pratama");
            phone.waitForScripts();
            assertEquals(Boolean.TRUE, chrome.executeScript("return !!window.PrimeFaces;"), "the next page's scripts ran");
        }
    }

    @Test
    void anAdminImportsParticipantsFromACsvFileAndSeesEachBadLine() throws Exception {
        String good = "impor-" + UUID.randomUUID().toString().substring(0, 8) + "@uji.sinergi.test";
        Path csv = Files.createTempFile(ItDatabase.basedir().resolve("target/tmp"), "peserta-", ".csv");
        Files.writeString(csv, "nama,email,instansi,kata_sandi\n"
                + "Lina Marlina," + good + ",Universitas Bangka Belitung,\n"
                + "Tanpa Email,,,\n");
        try (Browser admin = new Browser(Browser.LAPTOP)) {
            admin.open(url + "login?next=/admin/import");
            admin.type("login:email", "admin@sinergi.demo");
            admin.type("login:password", "sinergi-demo");
            admin.click("login:submit");
            admin.waitForUrlContaining("/admin/import");
            admin.driver().findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toString());
            admin.click("import:upload");
            admin.waitForText("import:imported", good);
            assertTrue(admin.find("import:rejected").getText().contains("3"), "the bad row is reported by its line");
            assertTrue(admin.bodyText().contains("1 baris diimpor, 1 baris ditolak"));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void theLanguageSwitchChangesThePageTextAndIsRemembered() throws Exception {
        try (Browser visitor = new Browser(Browser.PHONE)) {
            visitor.open(url + "f/tppo-babel-2025");
            visitor.waitForText("forum-title", "Diskusi Panel Pencegahan TPPO 2025");
            assertTrue(visitor.bodyText().contains("Penyelenggara"));
            visitor.click("lang-en");
            visitor.waitForText("nav-home", "Home");
            assertTrue(visitor.driver().getCurrentUrl().endsWith("/f/tppo-babel-2025"), "stays on the page");
            assertTrue(visitor.bodyText().contains("Organiser"));
            assertTrue(visitor.bodyText().contains("10 December 2025, 09:00 WIB"), "dates in English style");
            visitor.open(url.toString());
            visitor.waitForText("nav-join", "Join a forum");
            visitor.click("lang-id");
            visitor.waitForText("nav-join", "Gabung ke forum");
        }
    }

    /** The path (without the leading slash) of the confirmation link e-mailed to {@code address}. */
    private static String confirmationLink(String address) {
        String mail = Mailbox.await(address, 1, java.time.Duration.ofSeconds(20)).getFirst().body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/confirm\\?t=[A-Za-z0-9_-]{43}").matcher(mail);
        assertTrue(link.find(), mail);
        return link.group().substring(1);
    }
}
