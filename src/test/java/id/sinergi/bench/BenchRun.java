package id.sinergi.bench;

import id.sinergi.devserver.EmbeddedMariaDb;
import id.sinergi.devserver.SinergiDevServer.PayaraProcess;

import java.net.URI;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/** What the benchmarks share: a fresh embedded MariaDB and Sinergi on it, and one-value queries. */
final class BenchRun {

    interface Body {
        void run(String jdbcUrl, URI base) throws Exception;
    }

    private BenchRun() {
    }

    /**
     * Starts an embedded MariaDB with its data in {@code work/data} and Sinergi (with demo data) on it
     * through config/start.sh, waits until it serves, runs {@code body}, then stops both.
     */
    static void withSinergi(Path basedir, Path work, Body body) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(work.resolve("data"), work, EmbeddedMariaDb.freePort())) {
            int port = EmbeddedMariaDb.freePort();
            Process payara = PayaraProcess.startSinergi(basedir, port, work.resolve("payara-root"), db.jdbcUrl(), true, null,
                    ProcessBuilder.Redirect.to(work.resolve("payara.log").toFile()));
            try {
                URI base = URI.create("http://127.0.0.1:" + port + "/");
                if (!PayaraProcess.awaitServing(payara, base.resolve("login"), Duration.ofMinutes(5))) {
                    throw new IllegalStateException("Sinergi did not start; see " + work.resolve("payara.log"));
                }
                body.run(db.jdbcUrl(), base);
            } finally {
                PayaraProcess.stop(payara);
            }
        }
    }

    static long scalar(Statement s, String sql) throws Exception {
        return ((Number) scalarObject(s, sql)).longValue();
    }

    static Object scalarObject(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
