package id.sinergi.action;

import id.sinergi.testing.Browser;
import id.sinergi.testing.Sql;
import id.sinergi.testing.TestServer;
import id.sinergi.testing.WebClient;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moderator on a phone carries one of last year's unfinished actions into this year's forum and
 * closes another with a reason; the public then reads both on the old action and the institution's page.
 */
class CarryOverBrowserIT {

    final URL url = TestServer.url();

    @Test
    void carriedOverAndClosedFromThePageAndShownToThePublic() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long organiser = Sql.institution("Penyelenggara Lanjut " + run, null);
        Sql.FollowUp lastYear = Sql.followUp("lalu-" + run, 2, organiser, LocalDateTime.of(2024, 12, 5, 2, 0));
        Sql.FollowUp thisYear = Sql.followUp("kini-" + run, 2, organiser, LocalDateTime.of(2025, 12, 10, 2, 0));
        long institution = Sql.institution("Dinas Lanjut " + run, null);
        long carried = action(lastYear, institution, "Aksi dilanjutkan " + run);
        long closed = action(lastYear, institution, "Aksi ditutup " + run);
        String reason = "Sudah dicakup program nasional " + run + ".";

        try (Browser moderator = new Browser(Browser.PHONE)) {
            moderator.login(url.toString(), "moderator@sinergi.demo", "sinergi-demo");
            // from last year's dashboard, where the unfinished actions are counted, to this year's carry-over page
            moderator.open(url + "f/" + lastYear.slug() + "/dashboard");
            assertTrue(moderator.bodyText().contains("2 tindak lanjut forum ini belum selesai"), moderator.bodyText());
            moderator.driver().findElement(org.openqa.selenium.By.cssSelector("#carry-targets a")).click();
            moderator.waitForUrlContaining("/f/" + thisYear.slug() + "/carry-over?from=" + lastYear.slug());
            moderator.waitForScripts();
            assertTrue(moderator.bodyText().contains("Aksi dilanjutkan " + run), moderator.bodyText());
            moderator.click("carry:unfinished-table:0:carry-over");
            moderator.waitForPageText("Tindak lanjut telah dilanjutkan ke forum ini", Duration.ofSeconds(20));
            moderator.type("carry:unfinished-table:0:reason", reason);
            moderator.click("carry:unfinished-table:0:close");
            moderator.waitForPageText("Tindak lanjut telah ditutup", Duration.ofSeconds(20));
            assertTrue(moderator.bodyText().contains("Semua tindak lanjut forum ini sudah selesai"), moderator.bodyText());
        }

        WebClient visitor = new WebClient(url.toURI());
        String old = visitor.get("/f/" + lastYear.slug() + "/actions/" + carried).body();
        assertTrue(old.contains("Dilanjutkan di") && old.contains(thisYear.title()), "the old action says where it continues");
        long continued = Sql.count("SELECT carried_to_id FROM action WHERE id = ?", carried);
        assertEquals(thisYear.forumId(), Sql.count("SELECT forum_id FROM action WHERE id = ?", continued));
        assertEquals(LocalDate.now().plusMonths(6).toString(), Sql.text("SELECT due_date FROM action WHERE id = ?", continued),
                "with the page's default due date");
        String institutionPage = visitor.get("/i/" + Sql.text("SELECT slug FROM institution WHERE id = ?", institution)).body();
        assertTrue(institutionPage.contains(reason), "the reason is public on the institution's page");
        assertTrue(visitor.get("/f/" + lastYear.slug() + "/actions/" + closed).body().contains(reason));
    }

    private static long action(Sql.FollowUp forum, long institution, String title) throws Exception {
        return Sql.update("INSERT INTO action (forum_id, recommendation_id, institution_id, title, due_date, status, progress,"
                + " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', 30, 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                forum.forumId(), forum.adopted(), institution, title, LocalDate.now().plusDays(20));
    }
}
