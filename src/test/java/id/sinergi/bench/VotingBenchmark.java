package id.sinergi.bench;

import id.sinergi.devserver.DevMailServer;
import id.sinergi.devserver.EmbeddedMariaDb;
import id.sinergi.devserver.SinergiDevServer.PayaraProcess;
import id.sinergi.testing.Sql;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A burst of 1,000 voters, each voting on 10 recommendations, through the HTTP paths a phone uses:
 * the voting page (one GET, then per tap the PUT its script sends, as the browser sends it) and the
 * JSON API (one PUT per vote); then the room, the phones tapping at a steady rate (400 votes/s). In the same run, the same statement straight through JDBC on the
 * same MariaDB (8 connections, autocommit) gives the ceiling. Afterwards every acknowledged vote
 * is checked to be stored exactly once, with its choice. It measures and reports; it does not
 * pass or fail.
 *
 * Run: ./mvnw -Pbenchmark -Dbench.ideas.skip=true   (report in target/benchmark-voting.md;
 * see docs/benchmarks/voting.md)
 */
public final class VotingBenchmark {

    static final int VOTERS = Integer.getInteger("bench.voters", 1_000);
    static final int RECOMMENDATIONS = 10;
    static final int LOGIN_CONCURRENCY = 8;
    static final String[] CHOICES = {"AGREE", "DISAGREE", "ABSTAIN"};
    /** The moderator who closes the vote in the middle of the burst. */
    static final long MODERATOR = 199_999;
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** The view's script nonce (strict CSP), which PrimeFaces in a browser posts back with every form. */
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    /** Where the page's script sends a tap on a recommendation's choices (data-vote of the vote box). */
    static final Pattern VOTE_URL = Pattern.compile("data-vote=\"([^\"]+)\"");
    /** The room: the rate at which 1,000 phones tap together (votes per second, all phones). */
    static final int ROOM_RATE = Integer.getInteger("bench.rate", 400);
    /** The voting statement of VotingService.vote, word for word. */
    static final String VOTE_SQL = "INSERT INTO vote (recommendation_id, user_id, choice, cast_at)"
            + " SELECT ?, ?, ?, ? FROM ballot b WHERE b.forum_id = ? AND b.closed_at IS NULL AND b.ends_at > ?"
            + " ON DUPLICATE KEY UPDATE choice = VALUES(choice), cast_at = VALUES(cast_at)";

    /** The same vote without the ballot check, for scale: what the check costs. */
    static final String PLAIN_SQL = "INSERT INTO vote (recommendation_id, user_id, choice, cast_at) VALUES (?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE choice = VALUES(choice), cast_at = VALUES(cast_at)";

    private VotingBenchmark() {
    }

    record Forum(long id, String slug, List<Long> recommendations) {
    }

    record Ack(long recommendation, long user, String choice) {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath();
        Path work = basedir.resolve("target/benchmark-voting");
        deleteTree(work.resolve("data"));
        StringBuilder report = new StringBuilder("# Voting benchmark\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", " + Instant.now() + "\n\n");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("data"), work, EmbeddedMariaDb.freePort());
             DevMailServer mail = DevMailServer.start()) {
            int port = EmbeddedMariaDb.freePort();
            Process payara = PayaraProcess.startSinergi(basedir, port, work.resolve("payara-root"), db.jdbcUrl(), false,
                    mail.port(), ProcessBuilder.Redirect.to(work.resolve("payara.log").toFile()));
            try {
                URI base = URI.create("http://127.0.0.1:" + port + "/");
                if (!PayaraProcess.awaitServing(payara, base.resolve("login"), Duration.ofMinutes(5))) {
                    throw new IllegalStateException("Sinergi did not start; see " + work.resolve("payara.log"));
                }
                String url = db.jdbcUrl();
                List<Long> voters = seedVoters(url);
                Forum pageForum = seedForum(url, "bench-page", voters);
                Forum apiForum = seedForum(url, "bench-api", voters);
                Forum jdbcForum = seedForum(url, "bench-jdbc", voters);
                Forum plainForum = seedForum(url, "bench-sql", voters);
                Forum closeForum = seedForum(url, "bench-close", voters);
                Forum roomForum = seedForum(url, "bench-room", voters);
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10)).build();

                long loginStart = System.nanoTime();
                Map<Long, String> sessions = login(http, base, voters);
                report.append(String.format("Setup: %,d voters (members of each forum), %d recommendations per forum; "
                        + "%,d logins (PBKDF2, %d at a time) took %.1f s and are not part of the numbers below.%n%n",
                        VOTERS, RECOMMENDATIONS, sessions.size(), LOGIN_CONCURRENCY, (System.nanoTime() - loginStart) / 1e9));

                report.append("| path | votes | acknowledged | voters failed | wall time | votes/s | p50 | p99 | max |\n"
                        + "|---|---|---|---|---|---|---|---|---|\n");
                Result page = burst("voting page (its script's PUT)", http, base, pageForum, sessions, true);
                Result api = burst("JSON API (PUT)", http, base, apiForum, sessions, false);
                Result jdbc = jdbcCeiling("JDBC, the service's statement, 8 connections", url, jdbcForum, voters, VOTE_SQL);
                Result plain = jdbcCeiling("JDBC, plain upsert (no ballot check), 8 connections", url, plainForum, voters, PLAIN_SQL);
                for (Result r : List.of(page, api, jdbc, plain)) {
                    report.append(r.row());
                }
                report.append(String.format("%nRatio to the JDBC ceiling: voting page %.2f, API %.2f.%n%n",
                        page.perSecond() / jdbc.perSecond(), api.perSecond() / jdbc.perSecond()));
                report.append("Stored exactly once (every acknowledged vote present once with its choice, nothing else):\n\n");
                for (Map.Entry<Forum, Result> e : Map.of(pageForum, page, apiForum, api, jdbcForum, jdbc, plainForum, plain).entrySet()) {
                    report.append("- ").append(e.getValue().name()).append(": ").append(verify(url, e.getKey(), e.getValue().acks())).append('\n');
                }
                report.append(room(http, base, url, roomForum, sessions));
                report.append(closeMidBurst(http, base, url, closeForum, sessions));
            } finally {
                PayaraProcess.stop(payara);
            }
        }
        Files.writeString(basedir.resolve("target/benchmark-voting.md"), report.toString());
        System.out.println(report);
    }

    // ------------------------------------------------------------------ seeding

    static List<Long> seedVoters(String url) throws Exception {
        return seedVoters(url, VOTERS);
    }

    /** {@code count} participants (ids from 200,000, "pemilih{n}@bench.sinergi.test") and the forums' moderator. */
    static List<Long> seedVoters(String url, int count) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url + "?rewriteBatchedStatements=true", "sinergi", "sinergi")) {
            c.setAutoCommit(false);
            try (PreparedStatement users = c.prepareStatement("INSERT INTO app_user (id, name, email, password_hash, active, language,"
                    + " created_at, email_confirmed_at) VALUES (?, ?, ?, ?, TRUE, 'id', NOW(6), NOW(6))");
                 PreparedStatement roles = c.prepareStatement("INSERT INTO user_role (user_id, role) VALUES (?, 'PARTICIPANT')")) {
                for (int u = 0; u < count; u++) {
                    long id = 200_000 + u;
                    users.setLong(1, id);
                    users.setString(2, "Pemilih " + u);
                    users.setString(3, "pemilih" + u + "@bench.sinergi.test");
                    users.setString(4, Sql.DEMO_HASH);
                    users.addBatch();
                    roles.setLong(1, id);
                    roles.addBatch();
                    ids.add(id);
                }
                users.executeBatch();
                roles.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO app_user (id, name, email, password_hash, active, language, created_at, email_confirmed_at)"
                        + " VALUES (" + MODERATOR + ", 'Moderator Uji', 'moderator@bench.sinergi.test', '" + Sql.DEMO_HASH
                        + "', TRUE, 'id', NOW(6), NOW(6))");
                s.executeUpdate("INSERT INTO user_role (user_id, role) VALUES (" + MODERATOR + ", 'MODERATOR')");
            }
            c.commit();
        }
        return ids;
    }

    static Forum seedForum(String url, String slug, List<Long> voters) throws Exception {
        try (Connection c = DriverManager.getConnection(url + "?rewriteBatchedStatements=true", "sinergi", "sinergi");
             Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO forum (slug, title, visibility, join_code, phase, created_at) VALUES ('" + slug
                    + "', 'Uji beban pemungutan suara', 'PUBLIC', '" + slug.substring(6, 9).toUpperCase() + "VOT', 'VOTING', NOW(6))",
                    Statement.RETURN_GENERATED_KEYS);
            long forum = key(s);
            s.executeUpdate("INSERT INTO theme (forum_id, name, position) VALUES (" + forum + ", 'Pencegahan', 0)",
                    Statement.RETURN_GENERATED_KEYS);
            long theme = key(s);
            List<Long> recommendations = new ArrayList<>();
            for (int r = 1; r <= RECOMMENDATIONS; r++) {
                s.executeUpdate("INSERT INTO recommendation (forum_id, theme_id, position, title, body, status, created_by,"
                        + " created_at, updated_at) VALUES (" + forum + ", " + theme + ", " + r + ", 'Rekomendasi " + r
                        + "', 'Isi rekomendasi " + r + "', 'DRAFT', " + voters.getFirst() + ", NOW(6), NOW(6))",
                        Statement.RETURN_GENERATED_KEYS);
                recommendations.add(key(s));
            }
            s.executeUpdate("INSERT INTO ballot (forum_id, opened_at, ends_at, quorum_percent, threshold_percent,"
                    + " show_running_totals) VALUES (" + forum + ", NOW(6), NOW(6) + INTERVAL 1 DAY, 50, 50, FALSE)");
            s.executeUpdate("INSERT INTO forum_member (forum_id, user_id, joined_at) SELECT " + forum
                    + ", id, NOW(6) FROM app_user WHERE id >= 200000");
            // an invited roll: every voter on it, as the moderator's attendee list puts them
            s.executeUpdate("INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, decided_at, invited_at,"
                    + " badge_code) SELECT " + forum + ", id, 'ADMITTED', 'INVITED', NOW(6), NOW(6), NOW(6), CONCAT('B', " + forum
                    + ", 'X', id) FROM app_user WHERE id >= 200000");
            s.executeUpdate("INSERT INTO forum_moderator (forum_id, user_id) VALUES (" + forum + ", " + MODERATOR + ")");
            return new Forum(forum, slug, recommendations);
        }
    }

    private static long key(Statement s) throws Exception {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    // ------------------------------------------------------------------ HTTP

    static Map<Long, String> login(HttpClient http, URI base, List<Long> voters) throws Exception {
        Map<Long, String> sessions = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(LOGIN_CONCURRENCY)) {
            List<Future<?>> done = new ArrayList<>();
            for (long voter : voters) {
                done.add(pool.submit(() -> {
                    sessions.put(voter, login(http, base, "pemilih" + (voter - 200_000) + "@bench.sinergi.test"));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        return sessions;
    }

    static String nonce(String page) {
        Matcher nonce = NONCE.matcher(page);
        if (!nonce.find()) {
            throw new IllegalStateException("no script nonce on the page");
        }
        return nonce.group(1);
    }

    /** Logs one account in through the login page; returns its session cookie. */
    static String login(HttpClient http, URI base, String email) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(base.resolve("login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = sessionCookie(form);
        Matcher viewState = VIEW_STATE.matcher(form.body());
        viewState.find();
        String body = form("login", "login", "login:email", email, "login:password", "sinergi-demo", "login:submit", "",
                "jakarta.faces.ViewState", viewState.group(1), "primefaces.nonce", nonce(form.body()));
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (in.statusCode() != 302) {
            throw new IllegalStateException("login failed for " + email + ": " + in.statusCode());
        }
        return in.headers().firstValue("Set-Cookie").map(v -> v.split(";")[0]).orElse(cookie);
    }

    record Result(String name, int attempted, List<Ack> acks, int errors, double seconds, List<Long> latenciesNanos) {
        double perSecond() {
            return acks.size() / seconds;
        }

        String row() {
            List<Long> sorted = new ArrayList<>(latenciesNanos);
            Collections.sort(sorted);
            return String.format("| %s | %,d | %,d | %,d | %.2f s | %,.0f | %s | %s | %s |%n", name, attempted, acks.size(), errors, seconds,
                    perSecond(), ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0));
        }

        static String ms(List<Long> sorted, double q) {
            if (sorted.isEmpty()) {
                return "–";
            }
            int index = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
            return String.format("%.1f ms", sorted.get(Math.max(0, index)) / 1e6);
        }
    }

    /**
     * All voters at once, each on its own virtual thread with its own session, voting on every
     * recommendation in turn, as fast as the answers come back.
     */
    static Result burst(String name, HttpClient http, URI base, Forum forum, Map<Long, String> sessions, boolean page)
            throws Exception {
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        Semaphore connections = new Semaphore(Integer.getInteger("bench.connections", 256));
        long start = System.nanoTime();
        try (ExecutorService voters = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Map.Entry<Long, String> voter : sessions.entrySet()) {
                voters.submit(() -> {
                    connections.acquireUninterruptibly();
                    try {
                        vote(http, base, forum, voter.getKey(), voter.getValue(), page, acks, latencies);
                    } catch (Exception e) {
                        // the voter's remaining votes are not sent
                        if (failures.incrementAndGet() <= 3) {
                            System.err.println(name + ": voter " + voter.getKey() + " failed: " + e);
                        }
                    } finally {
                        connections.release();
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, sessions.size() * RECOMMENDATIONS, List.copyOf(acks), failures.get(), seconds, List.copyOf(latencies));
    }

    private static void vote(HttpClient http, URI base, Forum forum, long voter, String session, boolean page,
                             ConcurrentLinkedQueue<Ack> acks, ConcurrentLinkedQueue<Long> latencies) throws Exception {
        List<URI> targets = page ? openVotingPage(http, base, forum, session) : apiTargets(base, forum);
        for (int r = 0; r < RECOMMENDATIONS; r++) {
            String choice = CHOICES[(int) ((voter + r) % 3)];
            long sent = System.nanoTime();
            boolean acknowledged = tap(http, base, targets.get(r), session, choice, page);
            latencies.add(System.nanoTime() - sent);
            if (acknowledged) {
                acks.add(new Ack(forum.recommendations().get(r), voter, choice));
            }
        }
    }

    /** The voting page as a phone opens it; returns where its script sends each recommendation's tap, in order. */
    static List<URI> openVotingPage(HttpClient http, URI base, Forum forum, String session) throws Exception {
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(base.resolve("f/" + forum.slug() + "/voting"))
                .header("Cookie", session).build(), HttpResponse.BodyHandlers.ofString());
        List<URI> targets = new ArrayList<>();
        Matcher m = VOTE_URL.matcher(opened.body());
        while (m.find()) {
            targets.add(base.resolve(m.group(1)));
        }
        if (targets.size() != RECOMMENDATIONS) {
            throw new IllegalStateException("the voting page offers " + targets.size() + " votes: " + opened.statusCode());
        }
        return targets;
    }

    static List<URI> apiTargets(URI base, Forum forum) {
        return forum.recommendations().stream()
                .map(id -> base.resolve("api/v1/forums/" + forum.slug() + "/recommendations/" + id + "/vote")).toList();
    }

    /**
     * One vote: from the page, the PUT its script sends (same-origin, with the page's language); from an API
     * client, the bare PUT. Acknowledged = 200 with the choice echoed.
     */
    static boolean tap(HttpClient http, URI base, URI target, String session, String choice, boolean fromPage) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .header("Content-Type", "application/json").header("Cookie", session)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}"));
        if (fromPage) {
            String origin = base.getScheme() + "://" + base.getAuthority();
            request.header("Origin", origin).header("Accept", "application/json").header("Accept-Language", "id");
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return answer.statusCode() == 200 && answer.body().contains(choice);
    }

    // ------------------------------------------------------------------ the room: phones tapping at a steady rate

    /**
     * The room as it votes: every phone has the voting page open (all opened first, timed apart), then the
     * phones tap their 10 votes so that together they send {@link #ROOM_RATE} votes per second, each phone
     * one tap every VOTERS / ROOM_RATE seconds, the phones' taps spread evenly. Open loop: a tap's time runs
     * from when it was due, so a server that falls behind shows it in the latencies (no coordinated omission).
     */
    static String room(HttpClient http, URI base, String url, Forum forum, Map<Long, String> sessions) throws Exception {
        Map<Long, List<URI>> pages = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> openTimes = new ConcurrentLinkedQueue<>();
        long openStart = System.nanoTime();
        try (ExecutorService phones = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore opening = new Semaphore(64);
            for (Map.Entry<Long, String> phone : sessions.entrySet()) {
                phones.submit(() -> {
                    opening.acquireUninterruptibly();
                    try {
                        long sent = System.nanoTime();
                        pages.put(phone.getKey(), openVotingPage(http, base, forum, phone.getValue()));
                        openTimes.add(System.nanoTime() - sent);
                    } finally {
                        opening.release();
                    }
                    return null;
                });
            }
        }
        double openSeconds = (System.nanoTime() - openStart) / 1e9;

        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        List<Long> phones = new ArrayList<>(pages.keySet());
        Collections.sort(phones);
        long periodNanos = (long) (1e9 * phones.size() / ROOM_RATE);
        long start = System.nanoTime() + 200_000_000L;
        try (ExecutorService room = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < phones.size(); i++) {
                long phone = phones.get(i);
                long offset = periodNanos * i / phones.size();
                room.submit(() -> {
                    for (int r = 0; r < RECOMMENDATIONS; r++) {
                        long due = start + offset + r * periodNanos;
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        String choice = CHOICES[(int) ((phone + r) % 3)];
                        try {
                            if (tap(http, base, pages.get(phone).get(r), sessions.get(phone), choice, true)) {
                                acks.add(new Ack(forum.recommendations().get(r), phone, choice));
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            failed.incrementAndGet();
                        }
                        latencies.add(System.nanoTime() - due);
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Result taps = new Result(String.format("the room: %,d phones, %,d votes/s offered", phones.size(), ROOM_RATE),
                phones.size() * RECOMMENDATIONS, List.copyOf(acks), failed.get(), seconds, List.copyOf(latencies));
        Result opens = new Result("opening the voting page (64 at a time)", sessions.size(), List.of(), sessions.size() - pages.size(),
                openSeconds, List.copyOf(openTimes));
        List<Long> openSorted = new ArrayList<>(openTimes);
        Collections.sort(openSorted);
        return String.format("%n## The room: phones tapping at a steady rate%n%n"
                        + "Every phone first opens the voting page (%,d pages in %.2f s, %,.0f pages/s; p50 %s, p99 %s). Then the"
                        + " phones tap their %d votes so that together they send %,d votes per second (each phone one tap every"
                        + " %.2f s, the phones spread evenly); a tap's time runs from when it was due.%n%n"
                        + "| path | votes | acknowledged | not acknowledged | wall time | votes/s | p50 | p99 | max |%n"
                        + "|---|---|---|---|---|---|---|---|---|%n%s%n- stored: %s%n",
                pages.size(), openSeconds, pages.size() / openSeconds, Result.ms(openSorted, 0.5), Result.ms(openSorted, 0.99),
                RECOMMENDATIONS, ROOM_RATE, periodNanos / 1e9, taps.row(), verify(url, forum, taps.acks()))
                + (opens.errors() > 0 ? String.format("%n%,d phones could not open the page.%n", opens.errors()) : "");
    }

    // ------------------------------------------------------------------ the close in the middle of a burst

    /**
     * The same API burst on an invited roll, and the moderator closes the vote through the voting
     * page once half of the votes have been answered. Every answer must be 200 (counted) or 409
     * (closed); the frozen result must count exactly the acknowledged votes.
     */
    static String closeMidBurst(HttpClient http, URI base, String url, Forum forum, Map<Long, String> sessions) throws Exception {
        String moderator = login(http, base, "moderator@bench.sinergi.test");
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger closedAnswers = new AtomicInteger();
        AtomicInteger serverErrors = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        int total = sessions.size() * RECOMMENDATIONS;
        Semaphore connections = new Semaphore(Integer.getInteger("bench.connections", 256));
        long start = System.nanoTime();
        long[] closedAt = new long[2];
        try (ExecutorService voters = Executors.newVirtualThreadPerTaskExecutor()) {
            voters.submit(() -> {
                while (answered.get() < total / 2) {
                    Thread.sleep(5);
                }
                closedAt[0] = System.nanoTime();
                closeThroughThePage(http, base, forum, moderator);
                closedAt[1] = System.nanoTime();
                return null;
            });
            for (Map.Entry<Long, String> voter : sessions.entrySet()) {
                voters.submit(() -> {
                    connections.acquireUninterruptibly();
                    try {
                        for (int r = 0; r < RECOMMENDATIONS; r++) {
                            long recommendation = forum.recommendations().get(r);
                            String choice = CHOICES[(int) ((voter.getKey() + r) % 3)];
                            long sent = System.nanoTime();
                            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(base.resolve("api/v1/forums/"
                                            + forum.slug() + "/recommendations/" + recommendation + "/vote"))
                                    .header("Content-Type", "application/json").header("Cookie", voter.getValue())
                                    .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}")).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - sent);
                            answered.incrementAndGet();
                            if (answer.statusCode() == 200 && answer.body().contains(choice)) {
                                acks.add(new Ack(recommendation, voter.getKey(), choice));
                            } else if (answer.statusCode() == 409) {
                                closedAnswers.incrementAndGet();
                            } else if (answer.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                            } else {
                                other.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    } finally {
                        connections.release();
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Result result = new Result("JSON API on an invited roll, closed mid-burst", total, List.copyOf(acks), other.get(), seconds,
                List.copyOf(latencies));
        StringBuilder out = new StringBuilder(String.format("%n## The close in the middle of the burst%n%n"
                + "%,d voters on an invited roll, %d recommendations each, through the API; the moderator closes the vote through"
                + " the voting page once half of the votes have been answered (at %.2f s; the page's GET and POST wait in"
                + " the same queue as the votes, and the close had committed at %.2f s).%n%n"
                + "| path | votes | acknowledged | other answers | wall time | votes/s | p50 | p99 | max |%n"
                + "|---|---|---|---|---|---|---|---|---|%n",
                sessions.size(), RECOMMENDATIONS, (closedAt[0] - start) / 1e9, (closedAt[1] - start) / 1e9));
        out.append(result.row());
        int counted = 0;
        try (Connection c = DriverManager.getConnection(url, "sinergi", "sinergi"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(agree_count + disagree_count + abstain_count), 0) FROM recommendation"
                     + " WHERE forum_id = " + forum.id())) {
            rs.next();
            counted = rs.getInt(1);
        }
        out.append(String.format("%nAnswers: %,d acknowledged (200), %,d \"voting has closed\" (409), %,d server errors (5xx),"
                        + " %,d other. Counted in the frozen result: %,d of %,d acknowledged%s.%n%n- stored: %s%n",
                acks.size(), closedAnswers.get(), serverErrors.get(), other.get(), counted, acks.size(),
                counted == acks.size() ? " — OK" : " — MISMATCH", verify(url, forum, List.copyOf(acks))));
        return out.toString();
    }

    private static void closeThroughThePage(HttpClient http, URI base, Forum forum, String session) throws Exception {
        URI page = base.resolve("f/" + forum.slug() + "/voting");
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(page).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher vs = VIEW_STATE.matcher(opened.body());
        if (!vs.find()) {
            throw new IllegalStateException("no voting form for the moderator: " + opened.statusCode());
        }
        HttpResponse<String> closed = http.send(HttpRequest.newBuilder(page)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString(form("voting", "voting", "voting:close-voting", "",
                        "jakarta.faces.ViewState", vs.group(1), "primefaces.nonce", nonce(opened.body())))).build(), HttpResponse.BodyHandlers.ofString());
        if (closed.statusCode() >= 400) {
            throw new IllegalStateException("the close failed: " + closed.statusCode());
        }
    }

    // ------------------------------------------------------------------ JDBC ceiling and checks

    static Result jdbcCeiling(String name, String url, Forum forum, List<Long> voters, String sql) throws Exception {
        ConcurrentLinkedQueue<Ack> acks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        List<List<Long>> slices = new ArrayList<>();
        int connections = 8;
        for (int i = 0; i < connections; i++) {
            slices.add(new ArrayList<>());
        }
        for (int i = 0; i < voters.size(); i++) {
            slices.get(i % connections).add(voters.get(i));
        }
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(connections)) {
            List<Future<?>> done = new ArrayList<>();
            for (List<Long> slice : slices) {
                done.add(pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(url, "sinergi", "sinergi");
                         PreparedStatement s = c.prepareStatement(sql)) {
                        for (long voter : slice) {
                            for (int r = 0; r < RECOMMENDATIONS; r++) {
                                long recommendation = forum.recommendations().get(r);
                                String choice = CHOICES[(int) ((voter + r) % 3)];
                                Timestamp now = Timestamp.from(Instant.now());
                                s.setLong(1, recommendation);
                                s.setLong(2, voter);
                                s.setString(3, choice);
                                s.setTimestamp(4, now);
                                if (sql.equals(VOTE_SQL)) {
                                    s.setLong(5, forum.id());
                                    s.setTimestamp(6, now);
                                }
                                long sent = System.nanoTime();
                                int rows = s.executeUpdate();
                                latencies.add(System.nanoTime() - sent);
                                if (rows > 0) {
                                    acks.add(new Ack(recommendation, voter, choice));
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, voters.size() * RECOMMENDATIONS, List.copyOf(acks), 0, seconds, List.copyOf(latencies));
    }

    static String verify(String url, Forum forum, List<Ack> acks) throws Exception {
        Map<String, String> stored = new LinkedHashMap<>();
        int rows = 0;
        try (Connection c = DriverManager.getConnection(url, "sinergi", "sinergi");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.recommendation_id, v.user_id, v.choice FROM vote v"
                     + " JOIN recommendation r ON r.id = v.recommendation_id WHERE r.forum_id = " + forum.id())) {
            while (rs.next()) {
                rows++;
                stored.put(rs.getLong(1) + "/" + rs.getLong(2), rs.getString(3));
            }
        }
        Set<String> acknowledged = new HashSet<>();
        int wrongChoice = 0;
        for (Ack ack : acks) {
            String key = ack.recommendation() + "/" + ack.user();
            acknowledged.add(key);
            if (!ack.choice().equals(stored.get(key))) {
                wrongChoice++;
            }
        }
        Set<String> missing = new HashSet<>(acknowledged);
        missing.removeAll(stored.keySet());
        Set<String> unacknowledged = new HashSet<>(stored.keySet());
        unacknowledged.removeAll(acknowledged);
        return String.format("%,d acknowledged, %,d rows, %,d distinct; missing %d, wrong choice %d, stored but not acknowledged %d%s",
                acks.size(), rows, stored.size(), missing.size(), wrongChoice, unacknowledged.size(),
                missing.isEmpty() && wrongChoice == 0 && rows == acks.size() ? " — OK" : " — MISMATCH");
    }

    // ------------------------------------------------------------------ helpers

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(v -> v.startsWith("JSESSIONID="))
                .map(v -> v.split(";")[0]).findFirst().orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    static String form(String... pairs) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parts.add(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8) + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return parts.stream().collect(Collectors.joining("&"));
    }

    static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
