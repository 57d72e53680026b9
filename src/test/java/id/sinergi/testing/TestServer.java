package id.sinergi.testing;

import id.sinergi.devserver.SinergiDevServer.PayaraProcess;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The one Payara Micro of an integration-test run: started on first use through {@code config/start.sh}
 * (the command line production runs), against the run's embedded MariaDB and mail server
 * ({@link ItDatabase}), stopped when the run ends. It serves the test WAR: the application as built
 * plus the test classes and the in-container runner ({@link InContainerRunner}), so HTTP, browser and
 * in-container tests all speak to the same server.
 */
public final class TestServer {

    private static final Duration START = Duration.ofMinutes(5);
    /** {@code sinergi.push.per-client} of the test server (production: 1,000). */
    public static final int PUSH_SOCKETS_PER_CLIENT = 40;
    /** A normal start takes 20 to 60 s, a busy machine's up to two minutes: after three, start again. */
    private static final Duration FIRST_START = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Process payara;
    private static URI base;
    /** Why the one start failed: every later test is told the same, without another five-minute try. */
    private static IllegalStateException failed;

    private TestServer() {
    }

    /** The application's address, ending in "/": the server is started on the first call. */
    public static synchronized URL url() {
        if (failed != null) {
            throw failed;
        }
        if (base == null && System.getProperty("sinergi.test.url") != null) {
            // HTTP and browser tests against a Sinergi already running (./mvnw -Prun): quick to iterate on pages
            base = URI.create(System.getProperty("sinergi.test.url"));
        }
        if (base == null) {
            try {
                start();
            } catch (RuntimeException e) {
                failed = e instanceof IllegalStateException ise ? ise : new IllegalStateException(e);
                throw failed;
            }
        }
        try {
            return base.toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static URI uri() {
        url();
        return base;
    }

    private static void start() {
        if (ItDatabase.jdbcUrl() == null) {
            throw new IllegalStateException("No test database: integration tests run under failsafe (./mvnw verify)");
        }
        Path basedir = ItDatabase.basedir();
        Path target = basedir.resolve("target");
        Path log = target.resolve("it-payara.log");
        try {
            Path war = buildWar(target);
            int port = id.sinergi.devserver.EmbeddedMariaDb.freePort();
            URI address = URI.create("http://127.0.0.1:" + port + "/");
            Map<String, String> env = new HashMap<>();
            env.put("PAYARA_MICRO_JAR", System.getProperty("payara.microJar"));
            env.put("SINERGI_WAR", war.toString());
            env.put("SINERGI_PORT", String.valueOf(port));
            env.put("SINERGI_PUBLIC_URL", address.toString().substring(0, address.toString().length() - 1));
            env.put("PAYARA_ROOTDIR", target.resolve("it-payara").toString());
            env.put("SINERGI_DB_URL", ItDatabase.jdbcUrl());
            env.put("SINERGI_DB_USER", "sinergi");
            env.put("SINERGI_DB_PASSWORD", "sinergi");
            env.put("SINERGI_DEMO_DATA", "true");
            env.put("SINERGI_EVIDENCE_DIR", target.resolve("it-evidence").toString());
            env.put("SINERGI_MAIL_HOST", "127.0.0.1");
            env.put("SINERGI_MAIL_PORT", System.getProperty(ItDatabase.SMTP_PORT));
            env.put("SINERGI_MAIL_FROM", "noreply@sinergi.test");
            env.put("JAVA_HOME", System.getProperty("java.home"));
            // push sockets per client address: 1,000 in production, PushIT fills this many
            env.put("JAVA_OPTS", "-Xmx768m -Djava.io.tmpdir=" + target.resolve("tmp")
                    + " -D" + Mailbox.IMAP_PORT + "=" + System.getProperty(Mailbox.IMAP_PORT)
                    + " -Dsinergi.push.per-client=" + PUSH_SOCKETS_PER_CLIENT);
            long started = System.nanoTime();
            payara = PayaraProcess.start(basedir, env, ProcessBuilder.Redirect.to(log.toFile()));
            if (!awaitDeployed(address.resolve("login"), log, FIRST_START) && !deploymentFailed(log)) {
                // Payara Micro's boot now and then stops before its HTTP listener starts (seen on this
                // machine on 1 December): its threads go to the first log, and it is started once more
                Path first = target.resolve("it-payara-first-start.log");
                threadDump(payara, log);
                PayaraProcess.stop(payara);
                Files.move(log, first, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                System.out.printf("Payara Micro did not serve Sinergi within %d s (threads in %s); starting it once more%n",
                        FIRST_START.toSeconds(), first);
                payara = PayaraProcess.start(basedir, env, ProcessBuilder.Redirect.to(log.toFile()));
                awaitDeployed(address.resolve("login"), log, START);
            }
            if (!PayaraProcess.answers(address.resolve("login"))) {
                threadDump(payara, log);
                PayaraProcess.stop(payara);
                payara = null;
                throw new IllegalStateException("Payara Micro did not serve Sinergi; the end of " + log + ":\n" + tail(log));
            }
            System.out.printf("Sinergi for the tests at %s (Payara Micro started in %d s, log %s)%n",
                    address, (System.nanoTime() - started) / 1_000_000_000, log);
            base = address;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the application answers, however long the deployment takes on a busy machine (the
     * listener answers 404 for a while before it), up to {@link #START}; gives up at once when the
     * process ends or its log says the deployment failed.
     */
    private static boolean awaitDeployed(URI page, Path log, Duration wait) throws InterruptedException, IOException {
        java.time.Instant deadline = java.time.Instant.now().plus(wait);
        while (java.time.Instant.now().isBefore(deadline)) {
            if (PayaraProcess.awaitServing(payara, page, Duration.ofSeconds(15))) {
                return true;
            }
            if (!payara.isAlive() || deploymentFailed(log)) {
                return false;
            }
        }
        return false;
    }

    private static boolean deploymentFailed(Path log) throws IOException {
        return Files.exists(log) && Files.readString(log).contains("Exception while loading the app");
    }

    /** Called when the test run ends, before the database stops. */
    static synchronized void stop() {
        if (payara != null) {
            PayaraProcess.stop(payara);
            payara = null;
            base = null;
        }
    }

    /** Runs one test method in the server (see {@link InContainer}) and rethrows what it threw. */
    static void runInContainer(Class<?> testClass, String method) throws Throwable {
        String form = "class=" + URLEncoder.encode(testClass.getName(), StandardCharsets.UTF_8)
                + "&method=" + URLEncoder.encode(method, StandardCharsets.UTF_8);
        HttpResponse<byte[]> answer = HTTP.send(HttpRequest.newBuilder(uri().resolve(InContainerRunner.PATH.substring(1)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200) {
            throw new AssertionFailedError("the in-container runner answered " + answer.statusCode() + ": "
                    + new String(answer.body(), StandardCharsets.UTF_8));
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(answer.body()))) {
            if (!in.readBoolean()) {
                return;
            }
            String trace = new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
            byte[] serialized = in.readNBytes(in.readInt());
            Throwable thrown = null;
            if (serialized.length > 0) {
                try (ObjectInputStream objects = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
                    thrown = (Throwable) objects.readObject();
                } catch (ClassNotFoundException | IOException onlyInTheServer) {
                    // an exception type of the server's (EclipseLink, Payara): its trace tells the story
                }
            }
            throw thrown != null ? thrown : new AssertionFailedError("in the server:\n" + trace);
        }
    }

    /** The application as built, plus the test classes and the JUnit API the in-container tests call. */
    private static Path buildWar(Path target) throws IOException {
        Path war = target.resolve("sinergi-it.war");
        Path classes = target.resolve("test-classes");
        try (ZipFile application = new ZipFile(System.getProperty("sinergi.war", target.resolve("sinergi.war").toString()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(war))) {
            Enumeration<? extends ZipEntry> entries = application.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream in = application.getInputStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
            try (Stream<Path> files = Files.walk(classes.resolve("id/sinergi"))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String name = classes.relativize(file).toString().replace('\\', '/');
                    // the benchmarks and the dev server start servers of their own; they never run inside one
                    if (!name.startsWith("id/sinergi/bench/") && !name.startsWith("id/sinergi/devserver/")) {
                        out.putNextEntry(new ZipEntry("WEB-INF/classes/" + name));
                        Files.copy(file, out);
                        out.closeEntry();
                    }
                }
            }
            for (Class<?> api : List.of(Test.class, AssertionFailedError.class,
                    org.junit.platform.commons.util.StringUtils.class, org.apiguardian.api.API.class)) {
                Path jar = Path.of(URI.create(api.getProtectionDomain().getCodeSource().getLocation().toString()));
                out.putNextEntry(new ZipEntry("WEB-INF/lib/" + jar.getFileName()));
                Files.copy(jar, out);
                out.closeEntry();
            }
        }
        return war;
    }

    /** What every thread of a Payara that never served was doing, at the end of its log. */
    private static void threadDump(Process process, Path log) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (ProcessHandle jvm : Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList()) {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(jvm.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!dump.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                dump.destroyForcibly();
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 400), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
