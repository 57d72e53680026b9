package id.sinergi.bench;


import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.sinergi.bench.BenchRun.scalar;
import static id.sinergi.bench.BenchRun.scalarObject;

/**
 * The idea board at scale: seeds 100,000 ideas and 1,000,000 supports in one forum (and one
 * idea with a 1,000-comment thread) straight into a fresh embedded MariaDB, starts Sinergi with
 * config/start.sh, and measures what a visitor waits for, on loopback. Then it opens more and
 * more live-board WebSocket connections and measures how long a pushed update takes to reach
 * all of them. It measures and reports; it does not pass or fail.
 *
 * Run: ./mvnw -Pbenchmark   (report in target/benchmark-ideas.md; see docs/benchmarks/ideas.md)
 */
public final class IdeaBenchmark {

    static final int IDEAS = Integer.getInteger("bench.ideas", 100_000);
    static final int SUPPORTS = Integer.getInteger("bench.supports", 1_000_000);
    static final int USERS = 2_000;
    static final int COMMENTS = 1_000;
    static final int SAMPLES = Integer.getInteger("bench.samples", 200);
    static final String SLUG = "benchmark-100k";
    /** The forum's topic words. */
    static final String[] TOPIC = ("pencegahan perdagangan orang pekerja migran pelabuhan bandara imigrasi paspor sosialisasi "
            + "sekolah desa perangkat agen perekrut ilegal satgas polda kejaksaan korban rumah aman pendampingan psikologis "
            + "kampanye radio media sosial lowongan kerja luar negeri nelayan kapal awak pelatihan petugas data perlintasan "
            + "sponsor penampungan restitusi hotline penerjemah reintegrasi ekonomi tokoh agama pelajar video umrah wisata").split(" ");
    /**
     * The ideas' vocabulary by how often each word is used, as in real text (Zipf: the k-th word k times rarer than
     * the first): Indonesian function words, the topic words, then 3,000 rarer words. (Until 1 December every word
     * was one of the 60 topic words, equally often: a two-word search matched a third of the forum.)
     */
    static final String[] WORDS = vocabulary();
    private static final double[] CUMULATIVE = cumulativeZipf(WORDS.length);

    private IdeaBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath();
        Path work = basedir.resolve("target/benchmark");
        StringBuilder report = new StringBuilder();
        BenchRun.withSinergi(basedir, work, (jdbcUrl, base) -> {
            long threadIdea = seed(jdbcUrl, report);
            measurePages(base, threadIdea, report);
            if (!Boolean.getBoolean("bench.live.skip")) {
                measureLiveViewers(base, report);
            }
        });
        String text = header() + report;
        Files.writeString(basedir.resolve("target/benchmark-ideas.md"), text);
        System.out.println(text);
    }

    private static String header() {
        return "# Idea board benchmark\n\nMachine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + Runtime.version() + ", " + Instant.now() + "\n\n";
    }

    // ------------------------------------------------------------------ seeding

    static long seed(String url, StringBuilder report) throws Exception {
        long started = System.nanoTime();
        Random random = new Random(42);
        try (Connection c = DriverManager.getConnection(url + "?useBulkStmts=true&rewriteBatchedStatements=true", "sinergi", "sinergi");
             Statement s = c.createStatement()) {
            if (scalar(s, "SELECT COUNT(*) FROM forum WHERE slug = '" + SLUG + "'") > 0) {
                // seeded by an earlier run (target/benchmark/data); delete that folder to seed anew
                report.append("## Data\n\nReused the data of an earlier run: ").append(String.format("%,d ideas, %,d supports.%n%n",
                        scalar(s, "SELECT COUNT(*) FROM idea WHERE forum_id = 1000"),
                        scalar(s, "SELECT COUNT(*) FROM idea_support WHERE idea_id > 1000000")));
                return 1_000_000 + IDEAS / 2;
            }
            s.execute("INSERT INTO forum (id, slug, title, venue, organiser_id, visibility, join_code, phase, created_at)"
                    + " VALUES (1000, '" + SLUG + "', 'Forum uji beban 100.000 gagasan', 'Pangkalpinang', 1, 'PUBLIC', 'BENCH1', 'OPEN', NOW(6))");
            for (int t = 0; t < 4; t++) {
                s.execute("INSERT INTO theme (forum_id, name, position) VALUES (1000, 'Tema " + (t + 1) + "', " + t + ")");
            }
            long firstTheme = scalar(s, "SELECT MIN(id) FROM theme WHERE forum_id = 1000");
            String hash = (String) scalarObject(s, "SELECT password_hash FROM app_user WHERE email = 'peserta@sinergi.demo'");
            c.setAutoCommit(false);
            try (PreparedStatement users = c.prepareStatement("INSERT INTO app_user (id, name, email, password_hash, active, created_at)"
                    + " VALUES (?, ?, ?, ?, TRUE, NOW(6))")) {
                for (int u = 0; u < USERS; u++) {
                    users.setLong(1, 100_000 + u);
                    users.setString(2, "Peserta Uji " + u);
                    users.setString(3, "uji" + u + "@bench.sinergi.test");
                    users.setString(4, hash);
                    users.addBatch();
                }
                users.executeBatch();
            }
            c.commit();
            Timestamp start = Timestamp.from(Instant.parse("2025-12-10T02:00:00Z"));
            try (PreparedStatement ideas = c.prepareStatement("INSERT INTO idea (id, forum_id, theme_id, author_id, title, body,"
                    + " anonymous, status, created_at, updated_at) VALUES (?, 1000, ?, ?, ?, ?, ?, 'VISIBLE', ?, ?)")) {
                for (int i = 1; i <= IDEAS; i++) {
                    Timestamp at = new Timestamp(start.getTime() + i * 1000L);
                    ideas.setLong(1, 1_000_000 + i);
                    ideas.setLong(2, firstTheme + random.nextInt(4));
                    ideas.setLong(3, 100_000 + random.nextInt(USERS));
                    ideas.setString(4, sentence(random, 6) + " " + i);
                    ideas.setString(5, sentence(random, 40));
                    ideas.setBoolean(6, random.nextInt(10) == 0);
                    ideas.setTimestamp(7, at);
                    ideas.setTimestamp(8, at);
                    ideas.addBatch();
                    if (i % 5_000 == 0) {
                        ideas.executeBatch();
                        c.commit();
                    }
                }
                ideas.executeBatch();
            }
            c.commit();
            try (PreparedStatement supports = c.prepareStatement(
                    "INSERT IGNORE INTO idea_support (idea_id, user_id, created_at) VALUES (?, ?, ?)")) {
                Timestamp at = Timestamp.from(Instant.parse("2025-12-10T06:00:00Z"));
                // skewed: a few ideas gather many supports, most a handful; each person once per idea;
                // what rounding leaves short of SUPPORTS is spread one more per idea
                int[] counts = new int[IDEAS + 1];
                long total = 0;
                for (int i = 1; i <= IDEAS; i++) {
                    counts[i] = Math.min(USERS - 1, Math.max(1, (int) ((double) SUPPORTS / IDEAS * -Math.log(1 - random.nextDouble()))));
                    total += counts[i];
                }
                for (int i = 1; total < SUPPORTS; i = i % IDEAS + 1) {
                    if (counts[i] < USERS) {
                        counts[i]++;
                        total++;
                    }
                }
                for (int i = 1; i <= IDEAS; i++) {
                    int count = counts[i];
                    int offset = random.nextInt(USERS);
                    for (int k = 0; k < count; k++) {
                        supports.setLong(1, 1_000_000 + i);
                        supports.setLong(2, 100_000 + (offset + k) % USERS);
                        supports.setTimestamp(3, at);
                        supports.addBatch();
                    }
                    if (i % 2_000 == 0) {
                        supports.executeBatch();
                        c.commit();
                    }
                }
                supports.executeBatch();
            }
            c.commit();
            s.execute("UPDATE idea i JOIN (SELECT idea_id, COUNT(*) n FROM idea_support WHERE idea_id > 1000000 GROUP BY idea_id) x"
                    + " ON x.idea_id = i.id SET i.support_count = x.n");
            long thread = 1_000_000 + IDEAS / 2;
            try (PreparedStatement comments = c.prepareStatement("INSERT INTO idea_comment (idea_id, author_id, body, status, created_at)"
                    + " VALUES (?, ?, ?, 'VISIBLE', ?)")) {
                for (int k = 0; k < COMMENTS; k++) {
                    comments.setLong(1, thread);
                    comments.setLong(2, 100_000 + random.nextInt(USERS));
                    comments.setString(3, sentence(random, 25));
                    comments.setTimestamp(4, new Timestamp(start.getTime() + k * 60_000L));
                    comments.addBatch();
                }
                comments.executeBatch();
            }
            s.execute("UPDATE idea SET comment_count = " + COMMENTS + " WHERE id = " + thread);
            c.commit();
            long supportRows = scalar(s, "SELECT COUNT(*) FROM idea_support WHERE idea_id > 1000000");
            report.append("## Data\n\n").append(String.format("Seeded %,d ideas, %,d supports from %,d participants and a %,d-comment"
                            + " thread in %.0f s (JDBC batches).%n%n", IDEAS, supportRows, USERS, COMMENTS,
                    (System.nanoTime() - started) / 1e9));
            return thread;
        }
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int rank = Arrays.binarySearch(CUMULATIVE, random.nextDouble());
            s.append(w == 0 ? "" : " ").append(WORDS[rank < 0 ? Math.min(-rank - 1, WORDS.length - 1) : rank]);
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String[] vocabulary() {
        List<String> words = new ArrayList<>(List.of(("yang dan untuk dengan dari dalam pada agar bagi oleh juga atau akan"
                + " tidak perlu harus bisa lebih setiap para").split(" ")));
        words.addAll(List.of(TOPIC));
        String[] syllables = "ba be bi bu ka ke ki ku la li lu ma me mi mu na ni nu pa pe pi pu ra ri ru sa se si su ta te ti tu"
                .split(" ");
        Random random = new Random(7);
        Set<String> rare = new LinkedHashSet<>();
        while (rare.size() < 3_000) {
            StringBuilder word = new StringBuilder();
            for (int k = 2 + random.nextInt(3); k > 0; k--) {
                word.append(syllables[random.nextInt(syllables.length)]);
            }
            rare.add(word + (random.nextBoolean() ? "n" : ""));
        }
        rare.removeAll(words);
        words.addAll(rare);
        return words.toArray(String[]::new);
    }

    private static double[] cumulativeZipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    // ------------------------------------------------------------------ pages

    static void measurePages(URI base, long threadIdea, StringBuilder report) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String api = "api/v1/forums/" + SLUG + "/ideas";
        // the deepest page the board offers (it pages the first IdeaService.COUNTED ideas of a list)
        int deepPage = id.sinergi.idea.IdeaService.COUNTED / 20 - 1;
        report.append("## Server time per request (one client, loopback, ").append(SAMPLES).append(" samples after 20 warm-up)\n\n")
                .append("| request | p50 ms | p95 ms | max ms |\n|---|---|---|---|\n");
        row(report, http, "board page, first 20, newest (page HTML)", base.resolve("f/" + SLUG + "/ideas"));
        row(report, http, "board first page, newest (API)", base.resolve(api + "?size=20"));
        row(report, http, "board first page, most supported (API)", base.resolve(api + "?size=20&sort=MOST_SUPPORTED"));
        row(report, http, "board deepest page offered, " + (deepPage + 1) + " of " + (deepPage + 1) + " (API)", base.resolve(api + "?size=20&page=" + deepPage));
        row(report, http, "full-text search \"pelabuhan korban\" (API)", base.resolve(api + "?size=20&q=pelabuhan+korban"));
        row(report, http, "full-text search \"nelayan\" (API)", base.resolve(api + "?size=20&q=nelayan"));
        row(report, http, "1,000-comment thread, first page (page HTML)", base.resolve("f/" + SLUG + "/ideas/" + threadIdea));
        report.append('\n');
    }

    private static void row(StringBuilder report, HttpClient http, String name, URI uri) throws Exception {
        long[] times = new long[SAMPLES];
        for (int i = -20; i < SAMPLES; i++) {
            long t0 = System.nanoTime();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            long t = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
            if (i >= 0) {
                times[i] = t;
            }
        }
        Arrays.sort(times);
        report.append(String.format("| %s | %.1f | %.1f | %.1f |%n", name, times[SAMPLES / 2] / 1e6,
                times[(int) (SAMPLES * 0.95)] / 1e6, times[SAMPLES - 1] / 1e6));
        System.out.println(report.substring(report.lastIndexOf("| " + name)).strip());
    }

    // ------------------------------------------------------------------ live board

    static void measureLiveViewers(URI base, StringBuilder report) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("peserta@sinergi.demo:sinergi-demo".getBytes());
        report.append("## Live board viewers (one instance)\n\nEach viewer is a WebSocket connection to the live board's push channel;"
                        + " an idea is posted through the API and the time until every viewer has the update is measured"
                        + " (3 posts per step, the worst counts). A real browser then reloads the two lists with one small Ajax request.\n\n")
                .append("| viewers | connected | worst delivery ms | within 1 s |\n|---|---|---|---|\n");
        List<WebSocket> open = new ArrayList<>();
        ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();
        int[] steps = {100, 250, 500, 1000, 2000, 4000};
        int best = 0;
        HttpClient wsClient = HttpClient.newHttpClient();
        post(http, base, auth); // warm-up: the first push of a fresh server is not what viewers get later
        for (int target : steps) {
            int failures = 0;
            while (open.size() < target && failures < 20) {
                try {
                    open.add(openViewer(base, wsClient, arrivals));
                } catch (Exception e) {
                    failures++;
                    System.out.println("viewer failed to connect: " + e);
                }
            }
            Thread.sleep(500);
            long worst = 0;
            for (int round = 0; round < 3; round++) {
                arrivals.clear();
                long t0 = System.nanoTime();
                post(http, base, auth);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (arrivals.size() < open.size() && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                long last = arrivals.stream().mapToLong(Long::longValue).max().orElse(deadline);
                worst = Math.max(worst, arrivals.size() < open.size() ? Long.MAX_VALUE / 2 : last - t0);
            }
            boolean ok = worst <= TimeUnit.SECONDS.toNanos(1);
            if (ok) {
                best = open.size();
            }
            report.append(String.format("| %,d | %,d | %s | %s |%n", target, open.size(),
                    worst >= Long.MAX_VALUE / 4 ? "not all arrived" : String.format("%.0f", worst / 1e6), ok ? "yes" : "no"));
            System.out.println("live viewers " + open.size() + ": worst " + worst / 1e6 + " ms");
            if (!ok || open.size() < target) {
                break;
            }
        }
        open.forEach(w -> w.sendClose(WebSocket.NORMAL_CLOSURE, "done"));
        report.append(String.format("%nOne instance delivered each update to %,d live viewers within 1 second.%n", best));
    }

    /**
     * Opens the live board as a browser would: the page (its own session, as each projector or
     * phone has), then the push socket that page opens (platform.PushSockets).
     */
    private static WebSocket openViewer(URI base, HttpClient wsClient, ConcurrentLinkedQueue<Long> arrivals) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(base.resolve("f/" + SLUG + "/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher push = Pattern.compile("data-push=\"/([^\"]+)\"").matcher(page.body());
        if (!push.find()) {
            throw new IllegalStateException("no push channel on the live board");
        }
        String cookie = page.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b).orElse("");
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/" + push.group(1));
        WebSocket.Builder builder = wsClient.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (!cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder.buildAsync(ws, new Listener(arrivals)).get(10, TimeUnit.SECONDS);
    }

    private static void post(HttpClient http, URI base, String auth) throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(base.resolve("api/v1/forums/" + SLUG + "/ideas"))
                .header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"themeId\": " + firstThemeId(http, base)
                        + ", \"title\": \"Uji layar langsung\", \"body\": \"Pesan dorong\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (posted.statusCode() != 201) {
            throw new IllegalStateException("post failed: " + posted.body());
        }
    }

    private static Long themeId;

    private static long firstThemeId(HttpClient http, URI base) throws Exception {
        if (themeId == null) {
            String body = http.send(HttpRequest.newBuilder(base.resolve("api/v1/forums/" + SLUG + "/ideas?size=1")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("\"themeId\":(\\d+)").matcher(body);
            m.find();
            themeId = Long.valueOf(m.group(1));
        }
        return themeId;
    }

    private record Listener(ConcurrentLinkedQueue<Long> arrivals) implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            arrivals.add(System.nanoTime());
            webSocket.request(1);
            return null;
        }
    }
}
