package id.sinergi.action;

import id.sinergi.testing.Browser;
import id.sinergi.testing.TestServer;
import id.sinergi.testing.ItDatabase;
import id.sinergi.testing.Sql;
import id.sinergi.testing.WebClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Actions over HTTP as their users meet them: API tokens for an institution, reports with files
 * through the API, pages and downloads as other institutions' leads and the public, and the
 * exports read back.
 */
class ActionHttpIT {

    private static final String PASSWORD = "sinergi-demo";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);


    final URL url = TestServer.url();

    private record World(String run, Sql.FollowUp forum, long parent, long office, long other, String parentLead,
                         String officeLead, long officeLeadId, String otherLead, long officeAction, long otherAction) {
    }

    private World world() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Sql.FollowUp forum = Sql.followUp("http-" + run, 2);
        long parent = Sql.institution("Kanwil " + run, null);
        long office = Sql.institution("Kanim " + run, parent);
        long other = Sql.institution("Polda " + run, null);
        String parentLead = "induk-" + run + "@uji.sinergi.test";
        Sql.user("Lead Induk " + run, parentLead, parent, "INSTITUTION_LEAD");
        String officeLead = "kantor-" + run + "@uji.sinergi.test";
        long officeLeadId = Sql.user("Lead Kantor " + run, officeLead, office, "INSTITUTION_LEAD");
        String otherLead = "lain-" + run + "@uji.sinergi.test";
        Sql.user("Lead Lain " + run, otherLead, other, "INSTITUTION_LEAD");
        return new World(run, forum, parent, office, other, parentLead, officeLead, officeLeadId, otherLead,
                action(forum, office, "Aksi kantor " + run, LocalDate.now().plusMonths(1)),
                action(forum, other, "Aksi lain " + run, LocalDate.now().plusMonths(2)));
    }

    private static long action(Sql.FollowUp forum, long institution, String title, LocalDate due) throws Exception {
        return Sql.update("INSERT INTO action (forum_id, recommendation_id, institution_id, title, due_date, created_by, created_at,"
                + " updated_at) VALUES (?, ?, ?, ?, ?, 2, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum.forumId(), forum.adopted(),
                institution, title, due);
    }

    private WebClient as(String email) throws Exception {
        return WebClient.as(url.toURI(), email, PASSWORD);
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /** A multipart/form-data body: text fields, then files as (name, bytes). */
    private static HttpRequest.BodyPublisher multipart(String boundary, Map<String, String> fields, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
        files.forEach((name, bytes) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    private static HttpResponse<String> postReport(WebClient client, long actionId, String authorization, Map<String, String> fields,
                                                   Map<String, byte[]> files) throws Exception {
        String boundary = "----sinergi" + UUID.randomUUID();
        return client.send("api/v1/actions/" + actionId + "/reports", r -> {
            r.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(multipart(boundary, fields, files));
            return authorization == null ? r : r.header("Authorization", authorization);
        }, HttpResponse.BodyHandlers.ofString());
    }

    private static long evidenceFiles() throws IOException {
        Path dir = ItDatabase.basedir().resolve("target/it-evidence");
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void anInstitutionsTokenReportsForItAloneAndBadFilesAreRefusedOverTheApi() throws Exception {
        World w = world();
        String token = "snrg_" + UUID.randomUUID().toString().replace("-", "") + w.run();
        long tokenId = Sql.update("INSERT INTO api_token (institution_id, name, token_hash, issued_by, issued_at)"
                + " VALUES (?, 'Sistem kantor', ?, ?, UTC_TIMESTAMP(6))", w.office(), sha256(token), w.officeLeadId());
        String bearer = "Bearer " + token;
        WebClient api = as(null);

        HttpResponse<String> mine = api.get("api/v1/actions?institution=" + w.office(), "Authorization", bearer);
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("Aksi kantor " + w.run()) && mine.body().contains("\"total\":1"), mine.body());
        HttpResponse<String> others = api.get("api/v1/actions?institution=" + w.other(), "Authorization", bearer);
        assertEquals(403, others.statusCode());
        assertTrue(others.body().contains("\"message\""), others.body());

        long files = evidenceFiles();
        HttpResponse<String> created = postReport(api, w.officeAction(), bearer, Map.of("status", "IN_PROGRESS",
                "progress", "35", "note", "Rapat persiapan selesai.", "visibility", "INTERNAL"), Map.of("notulen.pdf", PDF));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(files + 1, evidenceFiles(), "the file is stored");
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM progress_report WHERE action_id = ? AND api_token_id = ? AND progress = 35"
                + " AND review_state = 'PENDING'", w.officeAction(), tokenId), "recorded as a report through the token");

        long reports = Sql.count("SELECT COUNT(*) FROM progress_report");
        HttpResponse<String> disguised = postReport(api, w.officeAction(), bearer, Map.of("status", "IN_PROGRESS",
                "progress", "40", "note", "Dengan berkas palsu."), Map.of("laporan.pdf", "<html><script>x</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(400, disguised.statusCode(), disguised.body());
        assertTrue(disguised.body().contains("laporan.pdf"), disguised.body());
        HttpResponse<String> traversal = postReport(api, w.officeAction(), bearer, Map.of("status", "DONE", "progress", "100",
                "note", "Nama berbahaya."), Map.of("../../etc/cron.d/x.pdf", PDF));
        assertEquals(400, traversal.statusCode(), traversal.body());
        HttpResponse<String> badProgress = postReport(api, w.officeAction(), bearer, Map.of("status", "IN_PROGRESS",
                "progress", "250", "note", "Terlalu banyak."), Map.of());
        assertEquals(400, badProgress.statusCode(), badProgress.body());
        HttpResponse<String> foreign = postReport(api, w.otherAction(), bearer, Map.of("status", "DONE", "progress", "100",
                "note", "Bukan milik kami."), Map.of("bukti.pdf", PDF));
        assertEquals(403, foreign.statusCode(), foreign.body());
        assertEquals(reports, Sql.count("SELECT COUNT(*) FROM progress_report"), "refused reports write nothing");
        assertEquals(files + 1, evidenceFiles(), "and store no file");
        assertTrue(Sql.count("SELECT COUNT(*) FROM audit_entry WHERE action = 'report.submit' AND outcome = 'DENIED'"
                + " AND object_id = ?", String.valueOf(w.otherAction())) >= 1, "the refusal is audited");

        HttpResponse<String> basicForeign = postReport(as(null), w.officeAction(), "Basic " + java.util.Base64.getEncoder()
                .encodeToString((w.otherLead() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), Map.of("status", "DONE",
                "progress", "100", "note", "Permintaan rakitan."), Map.of());
        assertEquals(403, basicForeign.statusCode(), "another institution's lead, crafting the request by hand");
        WebClient script = as(null);
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString((w.officeLead() + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, script.get("api/v1/actions?institution=" + w.office(), "Authorization", basic).statusCode());
        assertTrue(script.get("api/v1/actions?institution=" + w.office()).statusCode() >= 400,
                "HTTP Basic leaves no session behind: the next call without credentials is nobody");
        assertTrue(api.cookie("JSESSIONID").isEmpty() || api.get("api/v1/actions?institution=" + w.office()).statusCode() == 403,
                "a token's identity does not outlive its call");

        // the institution's token, not its issuer: no ideas, no votes, no forums
        HttpResponse<String> idea = api.send("POST", "api/v1/forums/tppo-babel-2025/ideas",
                "{\"title\":\"Dari token\",\"body\":\"Isi\"}", "Authorization", bearer);
        assertEquals(403, idea.statusCode(), idea.body());
        assertTrue(idea.body().contains("/api/v1/actions"), idea.body());
        assertEquals(403, api.get("api/v1/forums/timpora-babel-2025", "Authorization", bearer).statusCode());
        assertEquals(403, api.send("PUT", "api/v1/forums/tppo-babel-2025/recommendations/201/vote", "{\"choice\":\"AGREE\"}",
                "Authorization", bearer).statusCode(), "a token never votes");

        Sql.update("UPDATE api_token SET revoked_at = UTC_TIMESTAMP(6) WHERE id = ?", tokenId);
        assertEquals(401, as(null).get("api/v1/actions?institution=" + w.office(), "Authorization", bearer).statusCode(),
                "a revoked token no longer works");

        String expired = "snrg_" + UUID.randomUUID().toString().replace("-", "") + "e";
        Sql.update("INSERT INTO api_token (institution_id, name, token_hash, issued_by, issued_at, expires_at) VALUES (?, 'Lama', ?, ?,"
                + " UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY)", w.office(), sha256(expired), w.officeLeadId());
        assertEquals(401, as(null).get("api/v1/actions?institution=" + w.office(), "Authorization", "Bearer " + expired).statusCode(),
                "an expired token no longer works");

        String kept = "snrg_" + UUID.randomUUID().toString().replace("-", "") + "k";
        long keptId = Sql.update("INSERT INTO api_token (institution_id, name, token_hash, issued_by, issued_at) VALUES (?, 'Baru', ?, ?,"
                + " UTC_TIMESTAMP(6))", w.office(), sha256(kept), w.officeLeadId());
        assertEquals(200, as(null).get("api/v1/actions?institution=" + w.office(), "Authorization", "Bearer " + kept).statusCode());
        Sql.update("DELETE FROM user_role WHERE user_id = ? AND role = 'INSTITUTION_LEAD'", w.officeLeadId());
        assertEquals(401, as(null).get("api/v1/actions?institution=" + w.office(), "Authorization", "Bearer " + kept).statusCode(),
                "the token stops when its issuer is no longer a lead");
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM api_token WHERE id = ? AND revoked_at IS NOT NULL AND revoke_reason = 'ISSUER'",
                keptId), "revoked by the system, as the list of tokens shows");
    }

    @Test
    void aModeratorsOpenPageCountsTheNewReportWithoutAReload() throws Exception {
        World w = world();
        String moderator = "moderator-" + w.run() + "@uji.sinergi.test";
        long moderatorId = Sql.user("Moderator " + w.run(), moderator, null, "MODERATOR");
        Sql.update("INSERT INTO forum_moderator (forum_id, user_id) VALUES (?, ?)", w.forum().forumId(), moderatorId);
        try (Browser browser = new Browser(Browser.PHONE)) {
            browser.login(url.toString(), moderator, PASSWORD);
            browser.open(url + "settings");
            assertTrue(browser.driver().findElements(By.id("unread")).isEmpty(), "nothing unread yet");

            HttpResponse<String> created = postReport(as(null), w.officeAction(), "Basic " + java.util.Base64.getEncoder()
                    .encodeToString((w.officeLead() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), Map.of("status", "IN_PROGRESS",
                    "progress", "30", "note", "Sosialisasi di dua kecamatan."), Map.of());
            assertEquals(201, created.statusCode(), created.body());
            // the moderators are told (notify.reportSubmitted): the badge of the open page redraws itself
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> d.findElements(By.id("unread")).stream()
                    .anyMatch(badge -> badge.getText().trim().equals("1")));
        }
    }

    @Test
    void internalReportsAndTheirFilesStayWithTheInstitutionAndModerators() throws Exception {
        World w = world();
        String note = "Catatan internal " + w.run();
        HttpResponse<String> created = postReport(as(null), w.officeAction(), "Basic " + java.util.Base64.getEncoder()
                .encodeToString((w.officeLead() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)), Map.of("status", "BLOCKED",
                "progress", "20", "note", note, "visibility", "INTERNAL"), Map.of("rekap.pdf", PDF));
        assertEquals(201, created.statusCode(), created.body());
        long evidence = Sql.count("SELECT e.id FROM evidence e JOIN progress_report p ON p.id = e.report_id WHERE p.action_id = ?",
                w.officeAction());
        String page = "f/" + w.forum().slug() + "/actions/" + w.officeAction();

        for (String outsider : new String[]{w.otherLead(), null}) {
            WebClient client = as(outsider);
            HttpResponse<String> html = client.get(page);
            assertEquals(200, html.statusCode());
            assertFalse(html.body().contains(note), "no internal report for " + outsider);
            assertFalse(html.body().contains("report:submit"), "no report form for " + outsider);
            HttpResponse<byte[]> file = client.send("evidence/" + evidence, r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(403, file.statusCode(), "no internal evidence for " + outsider);
            HttpResponse<String> json = client.get("api/v1/actions/" + w.officeAction());
            assertFalse(json.body().contains(note), json.body());
            assertFalse(json.body().contains("pendingReports") || json.body().contains("lastReview"),
                    "no review state for " + outsider + ": " + json.body());
        }
        assertTrue(as(w.officeLead()).get("api/v1/actions/" + w.officeAction()).body().contains("\"pendingReports\":1"),
                "the institution sees its report waiting");
        for (String insider : new String[]{w.officeLead(), w.parentLead(), "moderator@sinergi.demo"}) {
            WebClient client = as(insider);
            HttpResponse<String> html = client.get(page);
            assertTrue(html.body().contains(note), "the internal report for " + insider);
            HttpResponse<byte[]> file = client.send("evidence/" + evidence, r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode(), insider);
            assertArrayEquals(PDF, file.body());
            assertEquals("application/pdf", file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertTrue(file.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        }
        assertTrue(as(w.officeLead()).get(page).body().contains("report:submit"), "the lead gets the report form");
        assertTrue(as("moderator@sinergi.demo").get(page).body().contains("reports:reports-list"), "the moderator reviews");
    }

    @Test
    void theExportsReadBackAsTheData() throws Exception {
        World w = world();
        long tricky = action(w.forum(), w.office(), "Sosialisasi \"aman\", terpadu; tahap 2 " + w.run(), LocalDate.of(2027, 3, 31));
        Sql.update("UPDATE action SET status = 'DONE', progress = 100 WHERE id = ?", tricky);
        Sql.update("UPDATE action SET status = 'BLOCKED', progress = 30, overdue_since = CURRENT_DATE WHERE id = ?", w.otherAction());
        List<List<String>> expected = new ArrayList<>();
        try (Connection c = Sql.connect(); PreparedStatement s = c.prepareStatement("SELECT a.title, i.name, a.due_date, a.status,"
                + " a.progress, a.overdue_since IS NOT NULL AND a.status IN ('PLANNED', 'IN_PROGRESS', 'BLOCKED')"
                + " FROM action a JOIN institution i ON i.id = a.institution_id WHERE a.forum_id = ? ORDER BY i.name, a.id")) {
            s.setLong(1, w.forum().forumId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    expected.add(List.of(rs.getString(1), rs.getString(2), rs.getString(3), status(rs.getString(4)),
                            String.valueOf(rs.getInt(5)), rs.getBoolean(6) ? "Ya" : "Tidak"));
                }
            }
        }
        assertEquals(3, expected.size());
        WebClient client = as(null);
        String base = "f/" + w.forum().slug() + "/accountability";

        HttpResponse<byte[]> csv = client.send(base + ".csv", r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte order mark for Excel");
        List<List<String>> fromCsv = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1)))) {
            assertEquals("Rekomendasi", parser.getHeaderNames().get(1));
            for (CSVRecord r : parser) {
                fromCsv.add(List.of(r.get(3), r.get(2), r.get(5), r.get(6), r.get(7), r.get(8)));
            }
        }
        assertEquals(sorted(expected), sorted(fromCsv));

        HttpResponse<byte[]> xlsx = client.send(base + ".xlsx", r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, xlsx.statusCode());
        List<List<String>> fromXlsx = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals("Tindak lanjut", sheet.getRow(0).getCell(3).getStringCellValue());
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                fromXlsx.add(List.of(r.getCell(3).getStringCellValue(), r.getCell(2).getStringCellValue(),
                        r.getCell(5).getLocalDateTimeCellValue().toLocalDate().toString(), r.getCell(6).getStringCellValue(),
                        String.valueOf((int) r.getCell(7).getNumericCellValue()), r.getCell(8).getStringCellValue()));
            }
        }
        assertEquals(sorted(expected), sorted(fromXlsx));

        HttpResponse<byte[]> pdf = client.send(base + ".pdf", r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        try (var document = Loader.loadPDF(pdf.body())) {
            String content = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(content.contains(w.forum().title()), "the forum");
            assertTrue(content.contains("Aksi lain " + w.run()) && content.contains("Aksi kantor " + w.run()), "its actions");
            assertTrue(content.contains("3 tindak lanjut: 1 selesai"), content);
            assertTrue(content.contains("Halaman 1 dari"), "page numbers");
        }
    }

    private static String status(String code) {
        return switch (code) {
            case "PLANNED" -> "Direncanakan";
            case "IN_PROGRESS" -> "Sedang berjalan";
            case "DONE" -> "Selesai";
            case "BLOCKED" -> "Terhambat";
            default -> "Dibatalkan";
        };
    }

    private static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(r -> r.getFirst())).toList();
    }

    @Test
    void uploadsAreAnsweredBeforeTheirBodyIsRead() throws Exception {
        World w = world();
        String otherLead = "Basic " + java.util.Base64.getEncoder().encodeToString((w.otherLead() + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        String officeLead = "Basic " + java.util.Base64.getEncoder().encodeToString((w.officeLead() + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        long reports = Sql.count("SELECT COUNT(*) FROM progress_report");
        // each announces a large body and sends a few bytes of it: an answer at all proves nothing more was read
        assertTrue(answerBeforeBody(w.officeAction(), null, 12_000_000).startsWith("HTTP/1.1 401"), "anonymous");
        assertTrue(answerBeforeBody(w.officeAction(), otherLead, 12_000_000).startsWith("HTTP/1.1 403"),
                "another institution's lead");
        assertTrue(answerBeforeBody(w.officeAction(), officeLead, 60_000_000).startsWith("HTTP/1.1 413"),
                "the institution's own lead, over the size of five files");
        assertEquals(reports, Sql.count("SELECT COUNT(*) FROM progress_report"), "nothing written");
    }

    /** The status line the server answers with, after the request's head and 100 bytes of a body of {@code length}. */
    private String answerBeforeBody(long action, String authorization, long length) throws Exception {
        String path = url.getPath() + "api/v1/actions/" + action + "/reports";
        try (java.net.Socket socket = new java.net.Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                    + "\r\nContent-Type: multipart/form-data; boundary=grens\r\nContent-Length: " + length + "\r\n"
                    + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n"
                    + "--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 ";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }
}
