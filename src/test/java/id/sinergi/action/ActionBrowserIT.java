package id.sinergi.action;

import id.sinergi.testing.TestServer;
import id.sinergi.testing.Browser;
import id.sinergi.testing.Sql;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Follow-up in Chromium: the moderator assigns an action, the institution's lead reports progress
 * with a file from a phone, the moderator accepts it, and the public accountability page shows it.
 */
class ActionBrowserIT {


    final URL url = TestServer.url();

    @Test
    void assignedReportedAcceptedAndShownToThePublic() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Sql.FollowUp forum = Sql.followUp("tl-" + run, 2);
        String institution = "Dinas Uji " + run;
        long institutionId = Sql.institution(institution, null);
        String lead = "lead-" + run + "@uji.sinergi.test";
        Sql.user("Penanggung Jawab " + run, lead, institutionId, "INSTITUTION_LEAD");
        String title = "Pelatihan petugas " + run;
        Path evidence = Files.createTempFile("daftar-hadir-", ".pdf");
        Files.write(evidence, "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        String actionUrl;

        try (Browser moderator = new Browser(Browser.LAPTOP)) {
            moderator.login(url.toString(), "moderator@sinergi.demo", "sinergi-demo");
            moderator.open(url + "f/" + forum.slug() + "/actions");
            // many at once: the matrix, one ticked cell, the default due date;
            // the institution as a column of the matrix: ticked in the column chooser as a click would
            moderator.find("matrix:columns");
            ((JavascriptExecutor) moderator.driver()).executeScript("var label = arguments[0];"
                    + "var w = PrimeFaces.getWidgetById('matrix:columns');"
                    + "if (!w.isLoaded()) { w._renderPanel(); }"
                    + "var item = w.items.filter(function () { return $(this).text().trim() === label; });"
                    + "w.check(item.find('.ui-chkbox-box'), true);", institution);
            moderator.settle();
            new WebDriverWait(moderator.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".cell-" + forum.adopted() + "-" + institutionId + " .ui-chkbox-box"))).click();
            moderator.click("matrix:assign-matrix");
            moderator.waitForPageText("1 tindak lanjut telah ditugaskan", Duration.ofSeconds(20));
            assertTrue(moderator.bodyText().contains("Rekomendasi diterima " + forum.slug()), "listed under its recommendation's title");
            // the form's fields keep to their columns, on a laptop and on a phone: no field under another
            for (org.openqa.selenium.Dimension size : new org.openqa.selenium.Dimension[]{new org.openqa.selenium.Dimension(1366, 900),
                    new org.openqa.selenium.Dimension(390, 844)}) {
                moderator.driver().manage().window().setSize(size);
                moderator.settle();
                Object overlap = ((JavascriptExecutor) moderator.driver()).executeScript(
                        "var ids = ['action-form:recommendation', 'action-form:institution', 'action-form:lead', 'action-form:due'];"
                        + "var r = ids.map(function (id) { return document.getElementById(id).getBoundingClientRect(); });"
                        + "for (var i = 0; i < r.length; i++) for (var j = i + 1; j < r.length; j++) {"
                        + "  if (r[i].left < r[j].right - 1 && r[j].left < r[i].right - 1 && r[i].top < r[j].bottom - 1 && r[j].top < r[i].bottom - 1)"
                        + "    return ids[i] + ' overlaps ' + ids[j]; }"
                        + "var wide = document.documentElement.scrollWidth - window.innerWidth;"
                        + "return wide > 1 ? 'the page is ' + wide + ' px wider than the screen' : null;");
                assertEquals(null, overlap, "at " + size);
            }
            moderator.driver().manage().window().setSize(Browser.LAPTOP);
            moderator.choose("action-form:recommendation", "1. Rekomendasi diterima " + forum.slug());
            moderator.choose("action-form:institution", institution);
            moderator.settle();
            moderator.type("action-form:title", title);
            // the date picker holds a default: replace it as a person would, select all and type
            moderator.find("action-form:due_input").sendKeys(Keys.chord(Keys.CONTROL, "a"), "31-12-2027", Keys.ESCAPE);
            moderator.type("action-form:milestones", "Modul disusun | 2027-06-30\nPetugas dilatih");
            moderator.click("action-form:save");
            moderator.waitForText("action-title", title, Duration.ofSeconds(20));
            actionUrl = moderator.driver().getCurrentUrl();
            assertTrue(moderator.bodyText().contains("Direncanakan"), "a new action is planned");
        }

        try (Browser phone = new Browser(Browser.PHONE)) {
            phone.login(url.toString(), lead, "sinergi-demo");
            phone.open(url + "my-actions");
            phone.clickText(".action-link", title);
            phone.waitForText("action-title", title);
            phone.type("report:progress_input", "60");
            phone.type("report:note", "Dua angkatan petugas telah dilatih.");
            phone.driver().findElement(By.id("report:files")).sendKeys(evidence.toString());
            phone.click("report:submit");
            phone.waitForPageText("menunggu pemeriksaan moderator", Duration.ofSeconds(20));
            assertTrue(phone.bodyText().contains(evidence.getFileName().toString()), "the file is listed with the report");
            // the accepted figures still say 0 %: the page says plainly that the 60 % waits for review
            assertTrue(phone.find("pending-review").getText().contains("60 %"), phone.find("pending-review").getText());
            assertEquals("60%", phone.find("report:progress_input").getAttribute("value").replace(" ", ""),
                    "the next report starts from what was reported, not from 0 %");
        }

        try (Browser visitor = new Browser(Browser.PHONE)) {
            visitor.open(url + "f/" + forum.slug() + "/accountability");
            assertFalse(visitor.bodyText().contains("60%"), "not counted before it is accepted");
        }

        try (Browser moderator = new Browser(Browser.LAPTOP)) {
            moderator.login(url.toString(), "moderator@sinergi.demo", "sinergi-demo");
            moderator.open(actionUrl);
            moderator.waitForText("action-title", title);
            moderator.driver().findElement(By.cssSelector("[id$=':accept']")).click();
            moderator.waitForPageText("Laporan diterima", Duration.ofSeconds(20));
            moderator.waitForText("action-status", "60%");
        }

        try (Browser visitor = new Browser(Browser.PHONE)) {
            visitor.open(url + "f/" + forum.slug() + "/accountability");
            // two actions (the matrix's, still planned, and this one): on average 30%
            visitor.waitForText("total-completion", "30%");
            String page = visitor.bodyText();
            assertTrue(page.contains(title) && page.contains("Sedang berjalan") && page.contains("60%"), page);
            visitor.clickText(".action-link", title);
            visitor.waitForText("action-title", title);
            assertTrue(visitor.bodyText().contains("Dua angkatan petugas telah dilatih."), "the accepted public report");
            assertEquals(1, visitor.driver().findElements(By.cssSelector("a.evidence-file")).size(), "its evidence");
        } finally {
            Files.deleteIfExists(evidence);
        }
    }

    @Test
    void aTitleThatCarriesMarkupStaysTextOnThePublicPageAndInItsChart() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        Sql.FollowUp forum = Sql.followUp("xss-" + run, 2);
        String payload = "</script><svg onload=pwned=1>" + run;
        Sql.update("UPDATE recommendation SET title = ? WHERE id = ?", payload, forum.adopted());
        long institution = Sql.institution("Instansi " + run, null);
        Sql.update("INSERT INTO action (forum_id, recommendation_id, institution_id, title, due_date, created_by, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, CURRENT_DATE + INTERVAL 30 DAY, 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                forum.forumId(), forum.adopted(), institution, "<img src=x onerror=pwned=2>" + run);
        try (Browser visitor = new Browser(Browser.LAPTOP)) {
            visitor.open(url + "f/" + forum.slug() + "/accountability");
            visitor.waitForPageText(payload, Duration.ofSeconds(15));
            visitor.settle();
            Object pwned = ((JavascriptExecutor) visitor.driver()).executeScript("return typeof window.pwned");
            assertEquals("undefined", pwned, "no script of the title ran");
            assertTrue(visitor.driver().findElements(By.cssSelector("#status-chart circle.slice-PLANNED")).size() == 1,
                    "the doughnut draws the planned action");
            assertTrue(visitor.driver().findElement(By.id("recommendation-chart")).getText().contains(payload),
                    "the bars name the recommendation as text");
            assertTrue(visitor.bodyText().contains("<img src=x onerror=pwned=2>" + run), "the action's title shown as text");
        }
    }
}
