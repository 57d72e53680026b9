package id.sinergi.bench;

import id.sinergi.testing.WebClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Function;

import static id.sinergi.bench.BenchRun.scalar;
import static id.sinergi.bench.BenchRun.scalarObject;

/**
 * Follow-up at scale: 200 institutions (20 with 9 offices each), one forum with 20 adopted
 * recommendations and 20,000 actions (each with an accepted report), seeded straight into a fresh
 * embedded MariaDB; Sinergi started with config/start.sh. Measures the time to a complete response
 * on loopback (one client, so this is the server's time plus a loopback hop) for the public
 * accountability page, a lead's "my actions" (the lead of a parent institution, ~1,000 actions)
 * and the exports. It measures and reports; it does not pass or fail.
 *
 * Run: ./mvnw -Pbenchmark -Dbench.ideas.skip=true -Dbench.voting.skip=true
 * (report in target/benchmark-actions.md; see docs/benchmarks/actions.md)
 */
public final class ActionBenchmark {

    static final int PARENTS = 20;
    static final int OFFICES_PER_PARENT = 9;
    static final int RECOMMENDATIONS = 20;
    static final int ACTIONS = Integer.getInteger("bench.actions", 20_000);
    static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    static final long FORUM = 2000;
    static final String SLUG = "benchmark-actions";
    static final String LEAD = "lead-bench@bench.sinergi.test";
    static final String TOKEN = "snrg_benchmark-token-for-the-parent-institution-0001";
    static final String[] STATUSES = {"PLANNED", "IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "DONE", "DONE", "BLOCKED", "CANCELLED"};

    private ActionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath();
        Path work = basedir.resolve("target/benchmark-actions");
        StringBuilder report = new StringBuilder();
        BenchRun.withSinergi(basedir, work, (jdbcUrl, base) -> measure(base, seed(jdbcUrl, report), report));
        String text = "# Follow-up actions benchmark\n\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", " + Instant.now() + "\n\n" + report;
        Files.writeString(basedir.resolve("target/benchmark-actions.md"), text);
        System.out.println(text);
    }

    /** Seeds the data (or reuses an earlier run's); returns {actions of the lead's institutions, open ones}. */
    static long[] seed(String url, StringBuilder report) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(42);
        LocalDate today = LocalDate.now();
        try (Connection c = DriverManager.getConnection(url + "?rewriteBatchedStatements=true", "sinergi", "sinergi");
             Statement s = c.createStatement()) {
            if (scalar(s, "SELECT COUNT(*) FROM forum WHERE id = " + FORUM) == 0) {
                c.setAutoCommit(false);
                try (PreparedStatement institution = c.prepareStatement(
                        "INSERT INTO institution (id, name, short_name, type, parent_id) VALUES (?, ?, ?, 'GOVERNMENT', ?)")) {
                    for (int p = 0; p < PARENTS; p++) {
                        long parent = 10_001 + p;
                        institution.setLong(1, parent);
                        institution.setString(2, "Instansi Induk Uji " + (p + 1));
                        institution.setString(3, "Induk " + (p + 1));
                        institution.setObject(4, null);
                        institution.addBatch();
                        for (int o = 0; o < OFFICES_PER_PARENT; o++) {
                            institution.setLong(1, 11_001 + p * OFFICES_PER_PARENT + o);
                            institution.setString(2, "Kantor Uji " + (p + 1) + "." + (o + 1));
                            institution.setString(3, "Kantor " + (p + 1) + "." + (o + 1));
                            institution.setLong(4, parent);
                            institution.addBatch();
                        }
                    }
                    institution.executeBatch();
                }
                s.execute("INSERT INTO forum (id, slug, title, organiser_id, visibility, join_code, phase, created_at) VALUES ("
                        + FORUM + ", '" + SLUG + "', 'Forum uji beban 20.000 tindak lanjut', 1, 'PUBLIC', 'BENCHA', 'FOLLOW_UP', NOW(6))");
                s.execute("INSERT INTO forum_moderator (forum_id, user_id) VALUES (" + FORUM + ", 2)");
                for (int r = 1; r <= RECOMMENDATIONS; r++) {
                    s.execute("INSERT INTO recommendation (id, forum_id, position, title, body, status, agree_count, disagree_count,"
                            + " abstain_count, created_by, created_at, updated_at) VALUES (" + (20_000 + r) + ", " + FORUM + ", " + r
                            + ", 'Rekomendasi uji " + r + "', 'Isi rekomendasi uji.', 'ADOPTED', 20, 2, 1, 2, NOW(6), NOW(6))");
                }
                String hash = (String) scalarObject(s, "SELECT password_hash FROM app_user WHERE email = 'lead@sinergi.demo'");
                s.execute("INSERT INTO app_user (id, name, email, password_hash, institution_id, active, language, created_at)"
                        + " VALUES (90001, 'Penanggung Jawab Uji', '" + LEAD + "', '" + hash + "', 10001, TRUE, 'id', NOW(6))");
                s.execute("INSERT INTO user_role (user_id, role) VALUES (90001, 'INSTITUTION_LEAD')");
                s.execute("INSERT INTO api_token (institution_id, name, token_hash, issued_by, issued_at) VALUES (10001, 'Uji beban', '"
                        + sha256(TOKEN) + "', 90001, NOW(6))");
                try (PreparedStatement action = c.prepareStatement("INSERT INTO action (id, forum_id, recommendation_id, institution_id,"
                        + " title, description, due_date, status, progress, overdue_since, last_review, last_reported_at, created_by,"
                        + " created_at, updated_at) VALUES (?, " + FORUM + ", ?, ?, ?, 'Uraian tindak lanjut uji beban.', ?, ?, ?, ?,"
                        + " 'ACCEPTED', NOW(6), 2, NOW(6), NOW(6))");
                     PreparedStatement report2 = c.prepareStatement("INSERT INTO progress_report (action_id, status, progress, note,"
                             + " visibility, review_state, reviewed_by, reviewed_at, reported_by, reported_at)"
                             + " VALUES (?, ?, ?, 'Laporan kemajuan uji beban.', 'PUBLIC', 'ACCEPTED', 2, NOW(6), 90001, NOW(6))")) {
                    for (int i = 1; i <= ACTIONS; i++) {
                        long id = 100_000 + i;
                        String status = STATUSES[random.nextInt(STATUSES.length)];
                        int progress = status.equals("DONE") ? 100 : status.equals("PLANNED") ? 0 : 5 + random.nextInt(90);
                        LocalDate due = today.plusDays(random.nextInt(730) - 365);
                        boolean open = !status.equals("DONE") && !status.equals("CANCELLED");
                        action.setLong(1, id);
                        action.setLong(2, 20_000 + 1 + random.nextInt(RECOMMENDATIONS));
                        // institutions: the 20 parents and their 180 offices, evenly
                        int k = random.nextInt(PARENTS * (1 + OFFICES_PER_PARENT));
                        action.setLong(3, k < PARENTS ? 10_001 + k : 11_001 + (k - PARENTS));
                        action.setString(4, "Tindak lanjut uji " + i);
                        action.setObject(5, due);
                        action.setString(6, status);
                        action.setInt(7, progress);
                        action.setObject(8, open && due.isBefore(today) ? due.plusDays(1) : null);
                        action.addBatch();
                        report2.setLong(1, id);
                        report2.setString(2, status);
                        report2.setInt(3, progress);
                        report2.addBatch();
                        if (i % 2_000 == 0) {
                            action.executeBatch();
                            report2.executeBatch();
                            c.commit();
                        }
                    }
                    action.executeBatch();
                    report2.executeBatch();
                }
                c.commit();
                s.execute("ANALYZE TABLE action, progress_report, institution");
                report.append(String.format("## Data%n%nSeeded in %.0f s: %d institutions (%d parents with %d offices each), one forum with"
                                + " %d adopted recommendations and %,d actions in every status (each with one accepted public report)."
                                + " Due dates spread over a year either side of today; open ones past their date are overdue.%n%n",
                        (System.nanoTime() - started) / 1e9, PARENTS * (1 + OFFICES_PER_PARENT), PARENTS, OFFICES_PER_PARENT,
                        RECOMMENDATIONS, ACTIONS));
            } else {
                report.append("## Data\n\nReused the data of an earlier run (target/benchmark-actions/data).\n\n");
            }
            String covered = "institution_id = 10001 OR institution_id BETWEEN 11001 AND " + (11_000 + OFFICES_PER_PARENT);
            return new long[]{scalar(s, "SELECT COUNT(*) FROM action WHERE " + covered),
                    scalar(s, "SELECT COUNT(*) FROM action WHERE (" + covered + ") AND status IN ('PLANNED', 'IN_PROGRESS', 'BLOCKED')")};
        }
    }

    static void measure(URI base, long[] counts, StringBuilder report) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        WebClient lead = new WebClient(base);
        if (lead.login(LEAD, "sinergi-demo").statusCode() != 302) {
            throw new IllegalStateException("The benchmark lead cannot log in");
        }
        report.append("## Time to a complete response (one client, loopback, after warm-up)\n\n")
                .append("The lead (of a parent institution) answers for ").append(String.format("%,d", counts[0]))
                .append(" actions, ").append(String.format("%,d", counts[1])).append(" of them open.\n\n")
                .append("| request | samples | p50 ms | p95 ms | max ms | size |\n|---|---|---|---|---|---|\n");
        Function<String, HttpRequest> get = path -> HttpRequest.newBuilder(base.resolve(path)).build();
        row(report, "accountability page (public, HTML)", SAMPLES, () -> http.send(get.apply("f/" + SLUG + "/accountability"),
                HttpResponse.BodyHandlers.ofByteArray()));
        row(report, "accountability page with one institution's timeline", SAMPLES, () -> http.send(
                get.apply("f/" + SLUG + "/accountability?institution=11001"), HttpResponse.BodyHandlers.ofByteArray()));
        row(report, "\"my actions\" page, open, attention first (lead, HTML)", SAMPLES, () -> lead.send("my-actions",
                r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray()));
        row(report, "the institution's open actions, first 20 (API, token)", SAMPLES, () -> http.send(HttpRequest.newBuilder(
                        base.resolve("api/v1/actions?institution=10001&filter=OPEN")).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofByteArray()));
        row(report, "moderators' dashboard (HTML)", SAMPLES / 4, dashboard(base));
        int exports = Math.max(10, SAMPLES / 10);
        row(report, String.format("XLSX export, %,d actions", ACTIONS), exports, () -> http.send(get.apply("f/" + SLUG
                + "/accountability.xlsx"), HttpResponse.BodyHandlers.ofByteArray()));
        row(report, String.format("CSV export, %,d actions", ACTIONS), exports, () -> http.send(get.apply("f/" + SLUG
                + "/accountability.csv"), HttpResponse.BodyHandlers.ofByteArray()));
        row(report, String.format("PDF status report, %,d actions", ACTIONS), Math.max(5, exports / 2), () -> http.send(
                get.apply("f/" + SLUG + "/accountability.pdf"), HttpResponse.BodyHandlers.ofByteArray()));
        report.append('\n');
    }

    private static Request dashboard(URI base) throws Exception {
        WebClient moderator = new WebClient(base);
        if (moderator.login("moderator@sinergi.demo", "sinergi-demo").statusCode() != 302) {
            throw new IllegalStateException("The demo moderator cannot log in");
        }
        return () -> moderator.send("f/" + SLUG + "/dashboard", r -> r.GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    interface Request {
        HttpResponse<byte[]> send() throws Exception;
    }

    /** Sends {@code request} {@code samples} times after up to 20 warm-up sends; one row of p50, p95, max and size. */
    static void row(StringBuilder report, String name, int samples, Request request) throws Exception {
        long[] times = new long[samples];
        int size = 0;
        for (int i = -Math.min(20, samples); i < samples; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = request.send();
            long t = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " answered " + response.statusCode());
            }
            size = response.body().length;
            if (i >= 0) {
                times[i] = t;
            }
        }
        Arrays.sort(times);
        report.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %,d KB |%n", name, samples, times[samples / 2] / 1e6,
                times[(int) (samples * 0.95)] / 1e6, times[samples - 1] / 1e6, size / 1024));
        System.out.println(report.substring(report.lastIndexOf("| " + name)).strip());
    }

    private static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

}
