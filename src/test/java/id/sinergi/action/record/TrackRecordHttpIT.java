package id.sinergi.action.record;

import id.sinergi.testing.Sql;
import id.sinergi.testing.TestServer;
import id.sinergi.testing.WebClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Institution pages, the overview and their API as the public and an institution's lead meet them:
 * internal and unreviewed reports stay with the institution, on the page and in the API; bad
 * filters are a readable 400; exports open; shared links carry Open Graph metadata.
 */
class TrackRecordHttpIT {

    private static final String PASSWORD = "sinergi-demo";

    final URL url = TestServer.url();

    private record World(String run, String slug, String lead, String otherLead) {
    }

    /** An institution with one action in a forum of 2024: a public accepted, an internal accepted and a pending report. */
    private World world() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long organiser = Sql.institution("Penyelenggara " + run, null);
        Sql.FollowUp forum = Sql.followUp("rekam-" + run, 2, organiser, LocalDateTime.of(2024, 12, 5, 2, 0));
        long institution = Sql.institution("Dinas Rekam " + run, null);
        long other = Sql.institution("Dinas Lain " + run, null);
        String lead = "rekam-" + run + "@uji.sinergi.test";
        long leadId = Sql.user("Lead Rekam " + run, lead, institution, "INSTITUTION_LEAD");
        String otherLead = "lain-" + run + "@uji.sinergi.test";
        Sql.user("Lead Lain " + run, otherLead, other, "INSTITUTION_LEAD");
        long action = Sql.update("INSERT INTO action (forum_id, recommendation_id, institution_id, title, due_date, status, progress,"
                        + " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'IN_PROGRESS', 50, 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                forum.forumId(), forum.adopted(), institution, "Aksi rekam " + run, LocalDate.now().plusMonths(2));
        report(action, leadId, "PUBLIC", "ACCEPTED", "Catatan publik " + run);
        report(action, leadId, "INTERNAL", "ACCEPTED", "Catatan rahasia " + run);
        report(action, leadId, "PUBLIC", "PENDING", "Belum ditinjau " + run);
        Sql.update("UPDATE action SET pending_reports = 1, last_review = 'PENDING' WHERE id = ?", action);
        return new World(run, Sql.text("SELECT slug FROM institution WHERE id = ?", institution), lead, otherLead);
    }

    private static void report(long action, long by, String visibility, String state, String note) throws Exception {
        Sql.update("INSERT INTO progress_report (action_id, status, progress, note, visibility, review_state, reported_by, reported_at)"
                + " VALUES (?, 'IN_PROGRESS', 50, ?, ?, ?, ?, UTC_TIMESTAMP(6))", action, note, visibility, state, by);
    }

    private WebClient anonymous() throws Exception {
        return new WebClient(url.toURI());
    }

    @Test
    void internalAndUnreviewedReportsStayWithTheInstitutionOnItsPageAndInTheApi() throws Exception {
        World w = world();
        assertTrue(w.slug().startsWith("dinas-rekam-"), "SQL-made institutions get a slug too: " + w.slug());

        HttpResponse<String> page = anonymous().get("/i/" + w.slug());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Catatan publik " + w.run()));
        assertFalse(page.body().contains("Catatan rahasia " + w.run()), "an internal report is not public");
        assertFalse(page.body().contains("Belum ditinjau " + w.run()), "nor one nobody has reviewed");
        assertTrue(page.body().contains("property=\"og:title\""), "a shared link shows a title and an image");
        assertTrue(page.body().contains("/icons/og-image.png"));

        String api = anonymous().get("/api/v1/institutions/" + w.slug() + "/reports").body();
        assertTrue(api.contains("Catatan publik " + w.run()), api);
        assertFalse(api.contains("Catatan rahasia " + w.run()), api);
        assertFalse(api.contains("Belum ditinjau " + w.run()), api);
        assertTrue(api.contains("\"total\":1"), api);
        String actions = anonymous().get("/api/v1/institutions/" + w.slug() + "/actions").body();
        assertTrue(actions.contains("Aksi rekam " + w.run()), actions);
        assertFalse(actions.contains("\"pendingReports\":1"), "the review queue is not public: " + actions);

        WebClient otherLead = WebClient.as(url.toURI(), w.otherLead(), PASSWORD);
        assertFalse(otherLead.get("/i/" + w.slug()).body().contains("Catatan rahasia " + w.run()), "nor for another institution");
        assertFalse(otherLead.get("/api/v1/institutions/" + w.slug() + "/reports").body().contains("Catatan rahasia " + w.run()));

        WebClient lead = WebClient.as(url.toURI(), w.lead(), PASSWORD);
        String own = lead.get("/i/" + w.slug()).body();
        assertTrue(own.contains("Catatan rahasia " + w.run()) && own.contains("Belum ditinjau " + w.run()),
                "its own lead sees the internal view");
        String ownApi = lead.get("/api/v1/institutions/" + w.slug() + "/reports").body();
        assertTrue(ownApi.contains("Catatan rahasia " + w.run()) && ownApi.contains("\"total\":3"), ownApi);
    }

    @Test
    void theOverviewFiltersExportsAndRefusesNonsenseReadably() throws Exception {
        World w = world();
        WebClient client = anonymous();
        HttpResponse<String> overview = client.get("/overview?year=2024&type=GOVERNMENT");
        assertEquals(200, overview.statusCode());
        assertTrue(overview.body().contains("/i/" + w.slug()), "the institution is listed under its year and type");
        assertFalse(client.get("/overview?year=2023&type=GOVERNMENT").body().contains("/i/" + w.slug()), "and not under another year");
        assertFalse(client.get("/overview?type=NGO").body().contains("/i/" + w.slug()), "nor another type");

        HttpResponse<String> badYear = client.get("/api/v1/overview?year=20x4", "Accept-Language", "en");
        assertEquals(400, badYear.statusCode());
        assertTrue(badYear.body().contains("write four digits"), badYear.body());
        assertEquals(400, client.get("/api/v1/institutions?type=ALIENS").statusCode());
        assertEquals(400, client.get("/overview.csv?organiser=tidak-ada").statusCode());
        assertEquals(404, client.get("/i/tidak-ada-" + w.run()).statusCode());
        assertEquals(404, client.get("/api/v1/institutions/tidak-ada-" + w.run()).statusCode());

        String json = client.get("/api/v1/overview?year=2024").body();
        assertTrue(json.contains("\"byType\""), json);
        String openApi = client.get("/openapi").body();
        assertTrue(openApi.contains("/api/v1/institutions/{slug}/reports") && openApi.contains("/api/v1/overview"),
                "the reads are documented in the OpenAPI document");
        String csv = client.get("/overview.csv?year=2024").body();
        assertTrue(csv.contains("Dinas Rekam " + w.run()), csv);
        HttpResponse<byte[]> xlsx = client.send("/overview.xlsx?year=2024", HttpRequest.Builder::GET,
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(3, book.getNumberOfSheets(), "forums, institution types, institutions");
            boolean listed = false;
            for (Row row : book.getSheetAt(2)) {
                listed |= row.getCell(0).getStringCellValue().equals("Dinas Rekam " + w.run());
            }
            assertTrue(listed);
        }
    }
}
