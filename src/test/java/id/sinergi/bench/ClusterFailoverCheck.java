package id.sinergi.bench;

import id.sinergi.bench.VotingBenchmark.Forum;
import id.sinergi.devserver.ClusterTopology;
import id.sinergi.testing.PushListener;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./mvnw -Pcluster-test verify}: the cluster survives the loss of any node (issue 13). Starts the
 * topology of {@code ./mvnw -Pcluster} ({@link ClusterTopology}), then, while 200 voters vote through HAProxy
 * (each logged in through the login page, one tap a second, a tap that gets no answer sent again as a phone
 * would) and 100 viewers watch the demo forum's live board over its WebSocket (an idea is posted every second),
 * it kills Sinergi node 1 and then Galera node 1 with {@code kill -9}, brings both back, and checks:
 * every acknowledged vote is stored once with the last acknowledged choice; nobody was logged out; the live
 * board kept updating in every phase; the returning nodes serve and are in sync. Counts the 5xx answers and
 * refused connections per phase (expected only around a kill). Report in {@code target/cluster-failover.md}; the
 * exit status fails the build when a check fails.
 */
public final class ClusterFailoverCheck {

    static final int VOTERS = Integer.getInteger("cluster.voters", 200);
    static final int VIEWERS = Integer.getInteger("cluster.viewers", 100);
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("cluster.phaseSeconds", 20));
    static final String DEMO_FORUM = "tppo-babel-2025";
    static final Pattern PUSH_PATH = Pattern.compile("data-push=\"(/push/ideas/[0-9]+)\"");

    /** What happened in one phase of the run. */
    static final class Phase {
        final String name;
        final AtomicInteger acks = new AtomicInteger();
        final AtomicInteger serverErrors = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        final AtomicInteger loggedOut = new AtomicInteger();
        final AtomicInteger other = new AtomicInteger();
        final Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
        final Map<Integer, Boolean> viewersUpdated = new ConcurrentHashMap<>();
        final AtomicInteger ideasPosted = new AtomicInteger();
        volatile long startedNanos = System.nanoTime();
        volatile long endedNanos;

        Phase(String name) {
            this.name = name;
        }

        double seconds() {
            return ((endedNanos == 0 ? System.nanoTime() : endedNanos) - startedNanos) / 1e9;
        }
    }

    private final AtomicReference<Phase> phase = new AtomicReference<>(new Phase("all up"));
    private final List<Phase> phases = new ArrayList<>(List.of(phase.get()));
    private final AtomicBoolean running = new AtomicBoolean(true);
    /** The last acknowledged choice of each voter on each recommendation. */
    private final Map<String, String> lastAcked = new ConcurrentHashMap<>();
    private final Map<Long, Jar> votersJars = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath().normalize();
        // a fresh cluster of its own (not the one of ./mvnw -Pcluster in data/cluster)
        Path dir = basedir.resolve("target/cluster-test");
        VotingBenchmark.deleteTree(dir);
        boolean passed;
        try (ClusterTopology cluster = ClusterTopology.start(basedir, dir)) {
            passed = new ClusterFailoverCheck().run(cluster, basedir);
        }
        System.exit(passed ? 0 : 1);
    }

    boolean run(ClusterTopology cluster, Path basedir) throws Exception {
        String galera = "jdbc:mariadb://127.0.0.1:13307/sinergi"; // the check's own reads: the node that stays
        List<Long> voters = VotingBenchmark.seedVoters(galera, VOTERS);
        Forum forum = VotingBenchmark.seedForum(galera, "bench-cluster", voters);
        // a second vote, open two days and ending within a day: both nodes' sweeps find it due for its reminder
        Forum reminded = VotingBenchmark.seedForum(galera, "bench-remind", voters);
        try (Connection c = DriverManager.getConnection(galera, "sinergi", "sinergi"); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ballot SET opened_at = NOW(6) - INTERVAL 2 DAY, ends_at = NOW(6) + INTERVAL 12 HOUR"
                    + " WHERE forum_id = " + reminded.id());
        }
        System.out.println("[check] logging in " + voters.size() + " voters through HAProxy ...");
        Map<Long, Jar> sessions = votersJars;
        try (ExecutorService logins = Executors.newFixedThreadPool(VotingBenchmark.LOGIN_CONCURRENCY)) {
            for (long voter : voters) {
                logins.submit(() -> sessions.put(voter, login("pemilih" + (voter - 200_000) + "@bench.sinergi.test")));
            }
        }
        if (sessions.size() != voters.size()) {
            throw new IllegalStateException("only " + sessions.size() + " of " + voters.size() + " voters logged in");
        }
        List<Viewer> viewers = new ArrayList<>();
        for (int v = 0; v < VIEWERS; v++) {
            viewers.add(new Viewer(v));
        }
        for (Viewer viewer : viewers) {
            viewer.connect();
        }
        StringBuilder report = new StringBuilder("# Cluster failover check\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", " + Instant.now() + ". " + VOTERS + " voters (one tap a second each, "
                + forum.recommendations().size() + " recommendations), " + VIEWERS + " live-board viewers, one idea a second, all through"
                + " HAProxy on " + ClusterTopology.PROXY + ".\n\n");
        ExecutorService load = Executors.newVirtualThreadPerTaskExecutor();
        try (load) {
            try {
                for (Map.Entry<Long, Jar> voter : sessions.entrySet()) {
                    load.submit(() -> vote(forum, voter.getKey(), voter.getValue()));
                }
                load.submit(this::postIdeas);
                Thread.sleep(PHASE.toMillis());
                next("Sinergi node1 killed");
                cluster.killNode(1);
                Thread.sleep(PHASE.toMillis());
                next("Galera node1 killed too");
                cluster.killGalera(1);
                Thread.sleep(PHASE.toMillis());
                next("node1 and galera1 coming back");
                Thread galeraBack = Thread.ofVirtual().start(() -> {
                    try {
                        cluster.joinGalera(1);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                cluster.startNode(1);
                galeraBack.join();
                next("all back");
                Thread.sleep(PHASE.toMillis());
            } finally {
                // the voters and the idea poster stop also when a step failed (a node that did not come back)
                phase.get().endedNanos = System.nanoTime();
                running.set(false);
            }
        }
        viewers.forEach(Viewer::close);
        return verify(forum, reminded, cluster, report, basedir);
    }

    private void next(String name) {
        Phase now = new Phase(name);
        phase.getAndSet(now).endedNanos = now.startedNanos;
        phases.add(now);
        System.out.println("[check] " + name);
    }

    // ------------------------------------------------------------------ the voters

    /** A browser's cookies: the session, its version (Payara's replicated sessions) and HAProxy's node cookie. */
    static final class Jar {
        private final Map<String, String> cookies = new ConcurrentHashMap<>();
        /** The node that answered the login (where the session was created). */
        volatile String loginNode = "?";

        void take(HttpResponse<?> response) {
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }

        String header() {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            return header.toString();
        }
    }

    Jar login(String email) throws Exception {
        Jar jar = new Jar();
        URI login = ClusterTopology.PROXY.resolve("login");
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.ofString());
        jar.take(form);
        Matcher viewState = VotingBenchmark.VIEW_STATE.matcher(form.body());
        if (!viewState.find()) {
            throw new IllegalStateException("no login form: " + form.statusCode());
        }
        HttpResponse<String> in = http.send(HttpRequest.newBuilder(login)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", jar.header())
                .POST(HttpRequest.BodyPublishers.ofString(VotingBenchmark.form("login", "login", "login:email", email,
                        "login:password", "sinergi-demo", "login:submit", "", "jakarta.faces.ViewState", viewState.group(1),
                        "primefaces.nonce", VotingBenchmark.nonce(form.body())))).build(), HttpResponse.BodyHandlers.ofString());
        if (in.statusCode() != 302) {
            throw new IllegalStateException("login failed for " + email + ": " + in.statusCode());
        }
        jar.take(in);
        jar.loginNode = in.headers().firstValue("X-Sinergi-Node").orElse("?");
        return jar;
    }

    private void vote(Forum forum, long voter, Jar jar) {
        int tap = 0;
        while (running.get()) {
            long recommendation = forum.recommendations().get(tap % forum.recommendations().size());
            String choice = VotingBenchmark.CHOICES[(int) ((voter + tap) % VotingBenchmark.CHOICES.length)];
            URI target = ClusterTopology.PROXY.resolve("api/v1/forums/" + forum.slug() + "/recommendations/" + recommendation + "/vote");
            // the same tap again until it is acknowledged, as a phone's page does after an error
            while (!tap(target, jar, choice, voter + ":" + recommendation)) {
                sleep(500);
                if (!running.get() && tap > 0) {
                    break;
                }
            }
            tap++;
            sleep(1000);
        }
    }

    private boolean tap(URI target, Jar jar, String choice, String key) {
        Phase now = phase.get();
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20))
                    .header("Content-Type", "application/json").header("Cookie", jar.header())
                    .header("Origin", "http://localhost:8080").header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            jar.take(answer);
            String node = answer.headers().firstValue("X-Sinergi-Node").orElse("proxy");
            now.byNode.computeIfAbsent(node + " " + answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            if (answer.statusCode() == 200 && answer.body().contains(choice)) {
                lastAcked.put(key, choice);
                now.acks.incrementAndGet();
                return true;
            }
            if (answer.statusCode() == 401 || answer.statusCode() == 403) {
                now.loggedOut.incrementAndGet();
            } else if (answer.statusCode() >= 500) {
                now.serverErrors.incrementAndGet();
            } else {
                now.other.incrementAndGet();
            }
        } catch (java.io.IOException e) {
            now.refused.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    // ------------------------------------------------------------------ the live board

    private void postIdeas() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("peserta@sinergi.demo:sinergi-demo".getBytes(StandardCharsets.UTF_8));
        long theme = themeOfDemoForum();
        int n = 0;
        while (running.get()) {
            try {
                HttpResponse<String> posted = http.send(HttpRequest.newBuilder(ClusterTopology.PROXY.resolve("api/v1/forums/" + DEMO_FORUM + "/ideas"))
                        .timeout(Duration.ofSeconds(20)).header("Authorization", basic).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"themeId\":" + theme + ",\"title\":\"Ide uji kluster " + (++n)
                                + "\",\"body\":\"Ide yang dikirim selama uji kegagalan node.\",\"anonymous\":false}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (posted.statusCode() == 201) {
                    phase.get().ideasPosted.incrementAndGet();
                }
            } catch (java.io.IOException e) {
                // a node going away: the next idea goes to the other
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(1000);
        }
    }

    private long themeOfDemoForum() {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:13307/sinergi", "sinergi", "sinergi");
             Statement s = c.createStatement();
             ResultSet theme = s.executeQuery("SELECT t.id FROM theme t JOIN forum f ON f.id = t.forum_id WHERE f.slug = '"
                     + DEMO_FORUM + "' ORDER BY t.position LIMIT 1")) {
            theme.next();
            return theme.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException("the demo forum has no theme", e);
        }
    }

    /** A projector's live board: its page's push socket through HAProxy, opened again when it drops (as sinergi.js does). */
    final class Viewer implements WebSocket.Listener {
        final int id;
        final Jar jar = new Jar();
        volatile WebSocket socket;
        volatile URI url;
        final AtomicLong messages = new AtomicLong();

        Viewer(int id) {
            this.id = id;
        }

        void connect() {
            try {
                if (url == null) {
                    HttpResponse<String> page = http.send(HttpRequest.newBuilder(ClusterTopology.PROXY.resolve("f/" + DEMO_FORUM + "/live")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    jar.take(page);
                    Matcher push = PUSH_PATH.matcher(page.body());
                    if (!push.find()) {
                        throw new IllegalStateException("the live board has no push socket");
                    }
                    url = URI.create("ws://localhost:8080" + push.group(1));
                }
                // the page's cookies go with the handshake, as a browser sends them
                socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(3)).header("Cookie", jar.header())
                        .buildAsync(url, this).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                reconnectLater();
            }
        }

        private void reconnectLater() {
            if (running.get()) {
                Thread.ofVirtual().start(() -> {
                    sleep(1000);
                    connect();
                });
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            messages.incrementAndGet();
            phase.get().viewersUpdated.put(id, Boolean.TRUE);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            reconnectLater();
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            reconnectLater();
        }

        void close() {
            WebSocket open = socket;
            if (open != null) {
                open.abort();
            }
        }
    }

    // ------------------------------------------------------------------ the checks

    /**
     * The returning node1 takes new visitors from HAProxy, and serves a session that lived on node2 while it was
     * away (asked directly, without the proxy).
     */
    private List<String> returningNodeServes(StringBuilder report) throws Exception {
        List<String> failures = new ArrayList<>();
        int fromNode1 = 0;
        for (int i = 0; i < 10; i++) {
            HttpResponse<Void> visit = http.send(HttpRequest.newBuilder(ClusterTopology.PROXY.resolve("login")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (visit.statusCode() == 200 && "node1".equals(visit.headers().firstValue("X-Sinergi-Node").orElse(""))) {
                fromNode1++;
            }
        }
        // a session created on each node, asked directly on node1 (no proxy): the settings page needs a login, so
        // 200 means node1 found the session in the data grid; asked again for up to a minute, to see how long
        // the returned node takes to see the sessions the other one kept
        Map<String, Integer> sessionAnswers = new java.util.TreeMap<>();
        long asking = System.nanoTime();
        long deadline = asking + Duration.ofSeconds(60).toNanos();
        do {
            for (String created : List.of("node1", "node2")) {
                Jar voter = votersJars.values().stream().filter(j -> created.equals(j.loginNode)).findFirst().orElse(null);
                if (voter != null && sessionAnswers.getOrDefault("logged in on " + created, 0) != 200) {
                    HttpResponse<String> direct = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + ClusterTopology.NODE_PORTS[0] + "/settings")).header("Cookie", voter.header()).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    sessionAnswers.put("logged in on " + created, direct.statusCode());
                }
            }
            if (sessionAnswers.values().stream().allMatch(status -> status == 200)) {
                break;
            }
            Thread.sleep(2000);
        } while (System.nanoTime() < deadline);
        sessionAnswers.put("seconds asked", (int) ((System.nanoTime() - asking) / 1_000_000_000L));
        report.append(String.format("%nThe returning node1: %d of 10 new visitors through HAProxy were served by it; voters' sessions"
                + " asked directly on node1: %s.%n", fromNode1, sessionAnswers));
        if (fromNode1 == 0) {
            failures.add("HAProxy sent no new visitor to the returning node1");
        }
        if (sessionAnswers.entrySet().stream().anyMatch(e -> e.getKey().startsWith("logged in") && e.getValue() != 200)) {
            failures.add("the returning node1 did not serve every voter's session: " + sessionAnswers);
        } else if (sessionAnswers.get("seconds asked") > 4) {
            // HAProxy sends visitors to node1 as soon as it is ready: it must have joined the data grid by then
            failures.add("the returning node1 served the other node's sessions only after " + sessionAnswers.get("seconds asked")
                    + " s of asking (it is in HAProxy's rotation from its first ready answer)");
        }
        return failures;
    }

    /**
     * Every node runs the vote sweep every 15 s; the day-before reminder of the second vote must be made once: one
     * notification per voter (the sweep's conditional update lets one node through). Its e-mails go out at least
     * once: a node killed while sending a batch leaves that batch for the other node to send again.
     */
    private static List<String> remindedOnce(ClusterTopology cluster, StringBuilder report) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (cluster.mailsTo("@bench.sinergi.test") < VOTERS && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(Duration.ofSeconds(31).toMillis()); // two more sweeps on each node: nothing more may be made
        long notifications;
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:13307/sinergi", "sinergi", "sinergi");
             Statement s = c.createStatement();
             ResultSet count = s.executeQuery("SELECT COUNT(*) FROM notification WHERE message_key = 'notify.votingClosesSoon'"
                     + " AND link LIKE '%/bench-remind/%'")) {
            count.next();
            notifications = count.getLong(1);
        }
        long mails = cluster.mailsTo("@bench.sinergi.test");
        report.append(String.format("Scheduled jobs once per cluster: the reminder of a vote due for one (both nodes run the sweep"
                + " every 15 s) made %d notifications for its %d voters and went out in %d e-mails.%n", notifications, VOTERS, mails));
        List<String> failures = new ArrayList<>();
        if (notifications != VOTERS) {
            failures.add("the reminder was made " + notifications + " times for " + VOTERS + " voters");
        }
        if (mails < VOTERS) {
            failures.add("only " + mails + " reminder e-mails for " + VOTERS + " voters");
        }
        return failures;
    }

    /**
     * A notice reaches its reader's inbox socket on either node: 20 voters listen to their inbox, half on node1 and
     * half on node2 (directly, with their sessions), and the reminder is made once more (its mark cleared), by
     * whichever node's sweep comes first; every socket must hear its own reader's id.
     */
    private List<String> inboxesAcrossNodes(Forum reminded, StringBuilder report) throws Exception {
        List<Long> readers = votersJars.keySet().stream().sorted().limit(20).toList();
        Map<Long, PushListener> inboxes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < readers.size(); i++) {
            long reader = readers.get(i);
            PushListener listener = new PushListener();
            PushListener.open(http, URI.create("http://localhost:" + ClusterTopology.NODE_PORTS[i % 2] + "/"), "/push/inbox/" + reader,
                    listener, "Cookie", votersJars.get(reader).header());
            inboxes.put(reader, listener);
        }
        Thread.sleep(1000);
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:13307/sinergi", "sinergi", "sinergi");
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE ballot SET reminded_at = NULL WHERE forum_id = " + reminded.id());
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        Map<String, Integer> heard = new java.util.TreeMap<>();
        int i = 0;
        for (Map.Entry<Long, PushListener> inbox : inboxes.entrySet()) {
            long left = Math.max(0, deadline - System.nanoTime());
            String got = inbox.getValue().messages.poll(left, TimeUnit.NANOSECONDS);
            String node = "node" + (i++ % 2 + 1);
            heard.merge(node, String.valueOf(inbox.getKey()).equals(got) ? 1 : 0, Integer::sum);
        }
        report.append(String.format("Inboxes across nodes: the reminder made once more reached %s of 10 readers' inbox sockets"
                + " on each node.%n", heard));
        return heard.values().stream().allMatch(n -> n == readers.size() / 2) ? List.of()
                : List.of("inbox pushes did not reach every reader on both nodes: " + heard);
    }

    private boolean verify(Forum forum, Forum reminded, ClusterTopology cluster, StringBuilder report, Path basedir) throws Exception {
        List<String> failures = new ArrayList<>();
        report.append("| phase | seconds | votes acknowledged | votes/s | 5xx | refused connections | logged out | other 4xx"
                + " | viewers updated | ideas posted | answers by node |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase p : phases) {
            report.append(String.format("| %s | %.0f | %,d | %.0f | %d | %d | %d | %d | %d of %d | %d | %s |%n", p.name, p.seconds(),
                    p.acks.get(), p.acks.get() / p.seconds(), p.serverErrors.get(), p.refused.get(), p.loggedOut.get(), p.other.get(),
                    p.viewersUpdated.size(), VIEWERS, p.ideasPosted.get(), new java.util.TreeMap<>(p.byNode)));
            if (p.loggedOut.get() > 0) {
                failures.add(p.loggedOut.get() + " answers said the voter was logged out in phase \"" + p.name + "\"");
            }
            if (p.viewersUpdated.size() < VIEWERS * 9 / 10) {
                failures.add("only " + p.viewersUpdated.size() + " of " + VIEWERS + " live boards updated in phase \"" + p.name + "\"");
            }
            if (p.acks.get() == 0) {
                failures.add("no vote was acknowledged in phase \"" + p.name + "\"");
            }
        }
        failures.addAll(returningNodeServes(report));
        failures.addAll(remindedOnce(cluster, report));
        failures.addAll(inboxesAcrossNodes(reminded, report));

        Map<String, String> stored = new java.util.HashMap<>();
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:13307/sinergi", "sinergi", "sinergi");
             Statement s = c.createStatement();
             ResultSet votes = s.executeQuery("SELECT user_id, recommendation_id, choice FROM vote WHERE recommendation_id IN ("
                     + String.join(",", forum.recommendations().stream().map(String::valueOf).toList()) + ")")) {
            while (votes.next()) {
                rows++;
                stored.put(votes.getLong(1) + ":" + votes.getLong(2), votes.getString(3));
            }
        }
        int wrong = 0;
        for (Map.Entry<String, String> ack : lastAcked.entrySet()) {
            if (!ack.getValue().equals(stored.get(ack.getKey()))) {
                wrong++;
            }
        }
        int unacknowledged = (int) stored.keySet().stream().filter(k -> !lastAcked.containsKey(k)).count();
        report.append(String.format("%nVotes: %,d voter-recommendation pairs acknowledged; %,d rows stored; %d stored with another"
                + " choice than the last acknowledged or missing; %d stored without any acknowledgement.%n", lastAcked.size(), rows, wrong,
                unacknowledged));
        if (wrong > 0 || rows != lastAcked.size() + unacknowledged || unacknowledged > 0) {
            failures.add(wrong + " acknowledged votes not stored as acknowledged, " + unacknowledged + " stored without an answer");
        }

        List<String> galera = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + (13305 + n) + "/sinergi", "sinergi", "sinergi");
                 Statement s = c.createStatement();
                 ResultSet state = s.executeQuery("SELECT (SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME"
                         + " = 'WSREP_LOCAL_STATE_COMMENT'), (SELECT COUNT(*) FROM vote WHERE recommendation_id IN ("
                         + String.join(",", forum.recommendations().stream().map(String::valueOf).toList()) + "))")) {
                state.next();
                galera.add("galera" + n + " " + state.getString(1) + ", " + state.getLong(2) + " votes");
                if (!"Synced".equals(state.getString(1)) || state.getLong(2) != rows) {
                    failures.add("galera" + n + " is not in sync: " + galera.getLast());
                }
            }
        }
        report.append("Galera after the run: ").append(String.join("; ", galera)).append(".\n\n");
        report.append(failures.isEmpty() ? "**All checks passed.**\n" : "**Failed:**\n\n- " + String.join("\n- ", failures) + "\n");
        Path out = Files.createDirectories(basedir.resolve("target")).resolve("cluster-failover.md");
        Files.writeString(out, report);
        System.out.println(report);
        System.out.println("[check] report: " + out);
        return failures.isEmpty();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
