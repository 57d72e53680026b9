package id.sinergi.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

import static id.sinergi.bench.BenchRun.scalar;

/**
 * Commitments across forums and years at scale: 200 institutions (20 parents with 9 offices each),
 * 5 years of 4 forums each (one organiser), 20,000 actions a year (100,000 in all, one accepted
 * public report for every tenth), seeded straight into a fresh embedded MariaDB; Sinergi started
 * with config/start.sh. Measures the time to a complete response on loopback (one client) for
 * institution pages (a parent answering for ~5,000 actions with its offices, an office for ~500),
 * the overview (plain and filtered) and their API. It measures and reports; it does not pass or fail.
 *
 * Run: ./mvnw -Pbenchmark -Dbench.ideas.skip=true -Dbench.voting.skip=true -Dbench.actions.skip=true
 * (report in target/benchmark-record.md; see docs/benchmarks/record.md)
 */
public final class TrackRecordBenchmark {

    static final int PARENTS = 20;
    static final int OFFICES_PER_PARENT = 9;
    static final int YEARS = 5;
    static final int FORUMS_PER_YEAR = 4;
    static final int PER_YEAR = Integer.getInteger("bench.record.perYear", 20_000);
    static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    static final long FIRST_FORUM = 5000;
    static final String[] STATUSES = {"PLANNED", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "DONE", "BLOCKED", "CANCELLED"};
    static final String[] TYPES = {"GOVERNMENT", "LAW_ENFORCEMENT", "IMMIGRATION", "EDUCATION", "TRAVEL_AGENCY", "NGO"};

    private TrackRecordBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath();
        Path work = basedir.resolve("target/benchmark-record");
        StringBuilder report = new StringBuilder();
        BenchRun.withSinergi(basedir, work, (jdbcUrl, base) -> {
            seed(jdbcUrl, report);
            measure(base, report);
        });
        String text = "# Institution pages and overview benchmark\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", " + Instant.now() + "\n\n" + report;
        Files.writeString(basedir.resolve("target/benchmark-record.md"), text);
        System.out.println(text);
    }

    static void seed(String url, StringBuilder report) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(42);
        int thisYear = LocalDate.now().getYear();
        try (Connection c = DriverManager.getConnection(url + "?rewriteBatchedStatements=true", "sinergi", "sinergi");
             Statement s = c.createStatement()) {
            if (scalar(s, "SELECT COUNT(*) FROM forum WHERE id = " + FIRST_FORUM) > 0) {
                report.append("## Data\n\nReused the data of an earlier run (target/benchmark-record/data).\n\n");
                return;
            }
            c.setAutoCommit(false);
            try (PreparedStatement institution = c.prepareStatement(
                    "INSERT INTO institution (id, name, short_name, type, parent_id, slug) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int p = 0; p < PARENTS; p++) {
                    long parent = 30_001 + p;
                    String type = TYPES[p % TYPES.length];
                    institution.setLong(1, parent);
                    institution.setString(2, "Instansi Rekam Induk " + (p + 1));
                    institution.setString(3, "Rekam Induk " + (p + 1));
                    institution.setString(4, type);
                    institution.setObject(5, null);
                    institution.setString(6, "rekam-induk-" + (p + 1));
                    institution.addBatch();
                    for (int o = 0; o < OFFICES_PER_PARENT; o++) {
                        institution.setLong(1, 31_001 + p * OFFICES_PER_PARENT + o);
                        institution.setString(2, "Kantor Rekam " + (p + 1) + "." + (o + 1));
                        institution.setString(3, "Kantor Rekam " + (p + 1) + "." + (o + 1));
                        institution.setString(4, type);
                        institution.setLong(5, parent);
                        institution.setString(6, "kantor-rekam-" + (p + 1) + "-" + (o + 1));
                        institution.addBatch();
                    }
                }
                institution.executeBatch();
            }
            long id = 500_000;
            long reportId = 0;
            try (PreparedStatement action = c.prepareStatement("INSERT INTO action (id, forum_id, recommendation_id, institution_id,"
                    + " title, due_date, status, progress, overdue_since, last_review, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', 2, NOW(6), NOW(6))");
                 PreparedStatement progress = c.prepareStatement("INSERT INTO progress_report (action_id, status, progress, note,"
                         + " visibility, review_state, reviewed_by, reviewed_at, reported_by, reported_at)"
                         + " VALUES (?, ?, ?, 'Laporan kemajuan uji beban.', 'PUBLIC', 'ACCEPTED', 2, NOW(6), 2, NOW(6))")) {
                for (int y = 0; y < YEARS; y++) {
                    int year = thisYear - YEARS + 1 + y;
                    for (int f = 0; f < FORUMS_PER_YEAR; f++) {
                        long forum = FIRST_FORUM + y * FORUMS_PER_YEAR + f;
                        s.execute("INSERT INTO forum (id, slug, title, organiser_id, visibility, join_code, phase, starts_at, created_at)"
                                + " VALUES (" + forum + ", 'rekam-" + year + "-" + (f + 1) + "', 'Forum rekam " + year + " #" + (f + 1)
                                + "', 1, 'PUBLIC', 'RK" + (forum - FIRST_FORUM + 1000) + "', '" + (y == YEARS - 1 ? "FOLLOW_UP" : "CLOSED")
                                + "', '" + year + "-0" + (f * 2 + 2) + "-10 02:00:00', NOW(6))");
                        for (int r = 1; r <= 5; r++) {
                            s.execute("INSERT INTO recommendation (id, forum_id, position, title, body, status, agree_count, disagree_count,"
                                    + " abstain_count, created_by, created_at, updated_at) VALUES (" + (forum * 10 + r) + ", " + forum + ", " + r
                                    + ", 'Rekomendasi uji " + r + "', 'Isi.', 'ADOPTED', 20, 2, 1, 2, NOW(6), NOW(6))");
                        }
                    }
                    LocalDate base = LocalDate.of(year, 12, 31);
                    for (int i = 0; i < PER_YEAR; i++) {
                        long forum = FIRST_FORUM + y * FORUMS_PER_YEAR + random.nextInt(FORUMS_PER_YEAR);
                        String status = STATUSES[random.nextInt(STATUSES.length)];
                        int pct = status.equals("DONE") ? 100 : status.equals("PLANNED") ? 0 : 5 + random.nextInt(90);
                        LocalDate due = base.plusDays(random.nextInt(365));
                        boolean open = !status.equals("DONE") && !status.equals("CANCELLED");
                        int k = random.nextInt(PARENTS * (1 + OFFICES_PER_PARENT));
                        action.setLong(1, ++id);
                        action.setLong(2, forum);
                        action.setLong(3, forum * 10 + 1 + random.nextInt(5));
                        action.setLong(4, k < PARENTS ? 30_001 + k : 31_001 + (k - PARENTS));
                        action.setString(5, "Tindak lanjut rekam " + id);
                        action.setObject(6, due);
                        action.setString(7, status);
                        action.setInt(8, pct);
                        action.setObject(9, open && due.isBefore(LocalDate.now()) ? due.plusDays(1) : null);
                        action.addBatch();
                        if (i % 10 == 0) {
                            progress.setLong(1, id);
                            progress.setString(2, status);
                            progress.setInt(3, pct);
                            progress.addBatch();
                            reportId++;
                        }
                        if (i % 2_000 == 1_999) {
                            action.executeBatch();
                            progress.executeBatch();
                            c.commit();
                        }
                    }
                    action.executeBatch();
                    progress.executeBatch();
                    c.commit();
                }
            }
            s.execute("ANALYZE TABLE action, progress_report, institution, forum");
            report.append(String.format("## Data%n%nSeeded in %.0f s: %d institutions (%d parents with %d offices each, six types),"
                            + " %d forums of one organiser over %d years, %,d actions a year (%,d in all) in every status,"
                            + " %,d accepted public reports.%n%n", (System.nanoTime() - started) / 1e9, PARENTS * (1 + OFFICES_PER_PARENT),
                    PARENTS, OFFICES_PER_PARENT, YEARS * FORUMS_PER_YEAR, YEARS, PER_YEAR, PER_YEAR * YEARS, reportId));
        }
    }

    static void measure(URI base, StringBuilder report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        report.append("## Time to a complete response (one client, loopback, after warm-up)\n\n")
                .append("| request | samples | p50 ms | p95 ms | max ms | size |\n|---|---|---|---|---|---|\n");
        int year = LocalDate.now().getYear() - 1;
        for (String[] row : new String[][]{
                {"institution page, a parent with 9 offices (~5,000 actions)", "i/rekam-induk-1"},
                {"institution page, an office (~500 actions)", "i/kantor-rekam-1-1"},
                {"overview", "overview"},
                {"overview, one year and one type", "overview?year=" + year + "&type=GOVERNMENT"},
                {"API: an institution with its offices", "api/v1/institutions/rekam-induk-1"},
                {"API: its actions, first 20", "api/v1/institutions/rekam-induk-1/actions"},
                {"API: overview", "api/v1/overview"},
                {"API: institutions, first 20", "api/v1/institutions"}}) {
            ActionBenchmark.row(report, row[0], SAMPLES, () -> http.send(HttpRequest.newBuilder(base.resolve(row[1])).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        ActionBenchmark.row(report, "overview CSV (200 institutions)", Math.max(10, SAMPLES / 10), () -> http.send(
                HttpRequest.newBuilder(base.resolve("overview.csv")).build(), HttpResponse.BodyHandlers.ofByteArray()));
        report.append('\n');
    }
}
