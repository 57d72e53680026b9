package id.sinergi.recommendation;

import id.sinergi.testing.TestServer;
import id.sinergi.testing.Browser;
import id.sinergi.testing.Sql;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole decision in Chromium: the moderator drafts a recommendation from two ideas and opens
 * the vote, two participants vote from their phones while the moderator's totals move without a
 * reload, the moderator closes and publishes, and the public page and its PDF show the result.
 */
class RecommendationBrowserIT {


    final URL url = TestServer.url();

    @Test
    void draftedFromTwoIdeasVotedClosedPublishedAndReadableByEveryone() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String slug = "panel-" + run;
        String forumTitle = "Panel Keputusan " + run;
        Sql.Forum created = Sql.forum(slug, forumTitle, run.toUpperCase(), "OPEN", "Perlindungan korban");
        long forum = created.id();
        long theme = created.theme();
        String[] voters = {"ani-" + run + "@uji.sinergi.test", "beni-" + run + "@uji.sinergi.test"};
        long ani = Sql.user("Ani " + run, voters[0], null, "PARTICIPANT");
        long beni = Sql.user("Beni " + run, voters[1], null, "PARTICIPANT");
        Sql.voter(forum, ani);
        Sql.voter(forum, beni);
        long idea1 = idea(forum, theme, ani, "Rumah aman " + run, "Rumah aman 24 jam bagi korban.");
        long idea2 = idea(forum, theme, ani, "Pendamping psikolog " + run, "Psikolog sejak hari pertama.");
        String recTitle = "Rumah aman dan pendampingan korban " + run;

        try (Browser moderator = new Browser(Browser.LAPTOP)) {
            moderator.login(url.toString(), "moderator@sinergi.demo", "sinergi-demo");
            moderator.open(url + "f/" + slug + "/ideas/" + idea1);
            moderator.click("idea:to-draft");
            moderator.waitForUrlContaining("fromIdea=" + idea1);
            assertEquals("Rumah aman " + run, moderator.find("voting:draft-title").getAttribute("value"), "started from the idea");
            // the title edited first, then a second idea picked: the edit stays
            moderator.type("voting:draft-title", recTitle);
            moderator.type("voting:draft-ideas_input", "Pendamping psikolog " + run);
            moderator.clickText(".ui-autocomplete-item", "#" + idea2 + " Pendamping psikolog " + run);
            moderator.settle();
            assertEquals(recTitle, moderator.find("voting:draft-title").getAttribute("value"), "picking an idea keeps the typed title");
            moderator.click("voting:save-draft");
            moderator.waitForPageText(recTitle, Duration.ofSeconds(15));
            String linked = moderator.driver().findElement(By.cssSelector(".rec-ideas")).getText();
            assertTrue(linked.contains("Rumah aman " + run) && linked.contains("Pendamping psikolog " + run), linked);

            // the end time typed with a colon on the Indonesian page (its picker writes 09.30): both are read
            java.time.LocalDateTime ends = java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Jakarta")).plusHours(3)
                    .withSecond(0).withNano(0);
            moderator.find("voting:endsAt_input").sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
                    String.format("%02d-%02d-%04d %02d:%02d", ends.getDayOfMonth(), ends.getMonthValue(), ends.getYear(),
                            ends.getHour(), ends.getMinute()), org.openqa.selenium.Keys.ESCAPE);
            // the picker's panel closed by a tap elsewhere, as a person closes it (again if a slow machine
            // was still opening it when the first tap came)
            new org.openqa.selenium.support.ui.WebDriverWait(moderator.driver(), Duration.ofSeconds(20), Duration.ofMillis(500))
                    .ignoring(org.openqa.selenium.WebDriverException.class).until(d -> {
                boolean open = d.findElements(By.cssSelector(".ui-datepicker-panel, .ui-datepicker:not(.ui-inputwrapper)"))
                        .stream().anyMatch(org.openqa.selenium.WebElement::isDisplayed);
                if (open) {
                    d.findElement(By.cssSelector("[id='voting:status'] h1")).click();
                }
                return !open;
            });
            moderator.click("voting:open-voting");
            moderator.click("voting:confirm-yes");
            moderator.waitForText("status-text", "Pemungutan suara dibuka sampai");
            assertTrue(moderator.find("ends-at").getText().contains(String.format("%02d.%02d WIB", ends.getHour(), ends.getMinute())),
                    "the typed end time: " + moderator.find("ends-at").getText());

            // a tap goes to the vote API from the page's script: saved, changed, and shown again on the next visit
            try (Browser aniPhone = new Browser(Browser.PHONE)) {
                aniPhone.login(url.toString(), voters[0], "sinergi-demo");
                String votingPage = url + "f/" + slug + "/voting";
                aniPhone.open(votingPage);
                aniPhone.clickText(".vote-choice label", "Tidak setuju");
                aniPhone.waitForPageText("Suara Anda telah disimpan", Duration.ofSeconds(10));
                aniPhone.open(votingPage);
                assertEquals("DISAGREE", checkedChoice(aniPhone), "the tapped choice is stored");
                aniPhone.clickText(".vote-choice label", "Setuju");
                aniPhone.waitForPageText("Suara Anda telah disimpan", Duration.ofSeconds(10));
                aniPhone.open(votingPage);
                assertEquals("AGREE", checkedChoice(aniPhone), "a second tap changes the vote");
                assertEquals(List.of(), aniPhone.accessibilityViolations(), "the open vote on a phone (axe-core, WCAG 2.1 AA)");
                assertFalse(aniPhone.bodyText().contains("Perolehan sementara"), "participants see no running totals");

                try (Browser beniPhone = new Browser(Browser.PHONE)) {
                    beniPhone.login(url.toString(), voters[1], "sinergi-demo");
                    beniPhone.open(votingPage);
                    beniPhone.clickText(".vote-choice label", "Setuju");
                    beniPhone.waitForPageText("Suara Anda telah disimpan", Duration.ofSeconds(10));
                }
                // the turnout (never the split) is pushed to the moderator's open page, no reload
                moderator.waitForText("turnout-voted", "2");
                assertFalse(moderator.bodyText().contains("Setuju: 2"), "no running totals while the vote runs");

                moderator.click("voting:close-voting");
                moderator.click("voting:confirm-yes");
                moderator.waitForText("status-text", "Pemungutan suara ditutup pada");
                assertTrue(moderator.bodyText().contains("Diterima"), "adopted: 2 of 2 eligible agree");

                // a tap on a page opened before the close: refused with the reason, the buttons show the counted vote
                aniPhone.clickText(".vote-choice label", "Tidak setuju");
                aniPhone.waitForPageText("Pemungutan suara sudah ditutup", Duration.ofSeconds(10));
                assertEquals("AGREE", checkedChoice(aniPhone), "the refused tap is undone on the page");
            }
            moderator.click("publish:publish-now");
            moderator.click("voting:confirm-yes");
            moderator.waitForUrlContaining("/f/" + slug + "/recommendations/v1");
            moderator.waitForText("doc-title", forumTitle);
        }

        try (Browser visitor = new Browser(Browser.PHONE)) {
            visitor.open(url + "f/" + slug + "/recommendations");
            visitor.waitForText("doc-title", forumTitle);
            String page = visitor.bodyText();
            assertTrue(page.contains(recTitle), page);
            assertTrue(page.contains("Setuju: 2"), page);
            assertTrue(page.contains("Versi 1"), page);
        }

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url + "f/" + slug + "/recommendations/v1.pdf")).timeout(Duration.ofMinutes(1)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(forumTitle), text);
            assertTrue(text.contains("1.  " + recTitle) || text.contains(recTitle), text);
            assertTrue(text.contains("Setuju 2 · Tidak setuju 0 · Abstain 0"), text);
            assertTrue(text.contains("Halaman 1 dari " + document.getNumberOfPages()), text);
        }
    }

    private static String checkedChoice(Browser phone) {
        return phone.driver().findElement(By.cssSelector(".vote-choice input:checked")).getAttribute("value");
    }

    private static long idea(long forum, long theme, long author, String title, String body) throws Exception {
        return Sql.update("INSERT INTO idea (forum_id, theme_id, author_id, title, body, anonymous, status, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, FALSE, 'VISIBLE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum, theme, author, title, body);
    }
}
