package id.sinergi.bench;

import id.sinergi.devserver.ClusterTopology;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One Sinergi node versus two behind HAProxy, on the loopback topology of {@code ./mvnw -Pcluster}
 * (3 Galera nodes): board pages a second (the idea board, anonymous, 16 clients in a closed loop)
 * and votes a second (the JSON vote of logged-in voters on the roll, 32 in a closed loop), first
 * with both nodes in rotation, then with node 2 killed. Every client sends its next request when the
 * last one is answered. It measures and reports; it does not pass or fail.
 *
 * Run: ./mvnw -Pcluster-scale verify (report in target/cluster-scale.md; see docs/benchmarks/cluster.md)
 */
public final class ClusterScaleBenchmark {

    static final Duration RUN = Duration.ofSeconds(Integer.getInteger("cluster.scaleSeconds", 30));
    static final Duration WARM = Duration.ofSeconds(Integer.getInteger("cluster.warmSeconds", 90));
    static final int PAGE_CLIENTS = 16;
    static final int VOTE_CLIENTS = 32;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private ClusterScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath().normalize();
        Path dir = basedir.resolve("target/cluster-scale");
        VotingBenchmark.deleteTree(dir);
        StringBuilder report = new StringBuilder("# One node or two\n\nMachine: " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + Runtime.version() + ", " + Instant.now() + ". Through HAProxy on " + ClusterTopology.PROXY
                + "; both nodes warmed for " + WARM.toSeconds() + " s, then each row " + RUN.toSeconds() + " s after 10 s more.\n\n"
                + "| nodes | request | clients | per second | p50 ms | p95 ms | answered by | failed |\n|---|---|---|---|---|---|---|---|\n");
        try (ClusterTopology cluster = ClusterTopology.start(basedir, dir)) {
            new ClusterScaleBenchmark().run(cluster, report);
        }
        Files.writeString(basedir.resolve("target/cluster-scale.md"), report);
        System.out.println(report);
        System.exit(0);
    }

    void run(ClusterTopology cluster, StringBuilder report) throws Exception {
        String galera = "jdbc:mariadb://127.0.0.1:13307/sinergi";
        List<Long> voters = VotingBenchmark.seedVoters(galera, VOTE_CLIENTS);
        VotingBenchmark.Forum forum = VotingBenchmark.seedForum(galera, "bench-scale", voters);
        ClusterFailoverCheck logins = new ClusterFailoverCheck();
        List<ClusterFailoverCheck.Jar> jars = new ArrayList<>();
        for (long voter : voters) {
            jars.add(logins.login("pemilih" + (voter - 200_000) + "@bench.sinergi.test"));
        }
        URI board = ClusterTopology.PROXY.resolve("f/tppo-babel-2025/ideas");
        // both nodes' JIT warm before anything counts: the two-node rows come first and would pay it alone
        System.out.println("[scale] warming both nodes for " + WARM.toSeconds() + " s ...");
        long warmEnd = System.nanoTime() + WARM.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(PAGE_CLIENTS)) {
            for (int c = 0; c < PAGE_CLIENTS; c++) {
                int client = c;
                pool.submit(() -> {
                    for (int i = 0; System.nanoTime() < warmEnd; i++) {
                        HttpRequest.Builder r = client % 2 == 0 ? HttpRequest.newBuilder(board)
                                : HttpRequest.newBuilder(ClusterTopology.PROXY.resolve("api/v1/forums/" + forum.slug()
                                        + "/recommendations/" + forum.recommendations().get(i % forum.recommendations().size()) + "/vote"))
                                .header("Content-Type", "application/json").header("Cookie", jars.get(client).header())
                                .header("Origin", "http://localhost:8080").PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"AGREE\"}"));
                        http.send(r.build(), HttpResponse.BodyHandlers.discarding());
                    }
                    return null;
                });
            }
        }
        for (int nodes = 2; nodes >= 1; nodes--) {
            if (nodes == 1) {
                cluster.killNode(2);
                awaitOnlyNode1(board);
            }
            int n = nodes;
            measure(report, n, "idea board page (HTML, anonymous)", PAGE_CLIENTS, c -> HttpRequest.newBuilder(board));
            int[] taps = new int[VOTE_CLIENTS];
            measure(report, n, "vote (JSON, logged in)", VOTE_CLIENTS, c -> {
                long recommendation = forum.recommendations().get(taps[c]++ % forum.recommendations().size());
                String choice = VotingBenchmark.CHOICES[(c + taps[c]) % VotingBenchmark.CHOICES.length];
                return HttpRequest.newBuilder(ClusterTopology.PROXY.resolve("api/v1/forums/" + forum.slug() + "/recommendations/"
                                + recommendation + "/vote")).header("Content-Type", "application/json")
                        .header("Cookie", jars.get(c).header()).header("Origin", "http://localhost:8080")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"choice\":\"" + choice + "\"}"));
            });
        }
    }

    interface RequestFor {
        HttpRequest.Builder of(int client);
    }

    /** C clients in a closed loop for {@link #RUN} after 10 s of warm-up; one row of the report. */
    private void measure(StringBuilder report, int nodes, String name, int clients, RequestFor request) throws Exception {
        ConcurrentLinkedQueue<Long> times = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> byNode = new ConcurrentHashMap<>();
        AtomicInteger failed = new AtomicInteger();
        long warmUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        long end = warmUntil + RUN.toNanos();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            for (int c = 0; c < clients; c++) {
                int client = c;
                pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(request.of(client).timeout(Duration.ofSeconds(20)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (t0 < warmUntil) {
                                continue;
                            }
                            if (answer.statusCode() == 200) {
                                times.add(System.nanoTime() - t0);
                                byNode.computeIfAbsent(answer.headers().firstValue("X-Sinergi-Node").orElse("?"),
                                        k -> new AtomicInteger()).incrementAndGet();
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (Exception e) {
                            if (t0 >= warmUntil) {
                                failed.incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
        }
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        String row = String.format("| %d | %s | %d | %.0f | %.0f | %.0f | %s | %d |%n", nodes, name, clients,
                sorted.length / (double) RUN.toSeconds(), sorted.length == 0 ? 0 : sorted[sorted.length / 2] / 1e6,
                sorted.length == 0 ? 0 : sorted[(int) (sorted.length * 0.95)] / 1e6, new java.util.TreeMap<>(byNode), failed.get());
        report.append(row);
        System.out.print(row);
    }

    /** After node 2's kill: until HAProxy has taken it out of rotation (10 answers in a row from node 1). */
    private void awaitOnlyNode1(URI page) throws Exception {
        int inARow = 0;
        for (int i = 0; i < 300 && inARow < 10; i++) {
            try {
                HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                inARow = answer.statusCode() == 200 && "node1".equals(answer.headers().firstValue("X-Sinergi-Node").orElse(""))
                        ? inARow + 1 : 0;
            } catch (Exception e) {
                inARow = 0;
            }
            Thread.sleep(200);
        }
        System.out.println("[scale] node 2 is out of rotation" + Arrays.toString(new int[]{inARow}));
    }
}
