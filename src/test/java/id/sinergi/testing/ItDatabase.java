package id.sinergi.testing;

import id.sinergi.devserver.EmbeddedMariaDb;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Starts one fresh embedded MariaDB and one SMTP/IMAP server (GreenMail) for the whole integration-test
 * run (failsafe sets {@code sinergi.it=true}); the one Payara of the run ({@link TestServer}) uses them
 * and is stopped here, before them, when the run ends. Unit tests never start any of it.
 */
public class ItDatabase implements LauncherSessionListener {

    /** The system property with the port of the run's SMTP server. */
    static final String SMTP_PORT = "sinergi.test.smtp.port";

    private static EmbeddedMariaDb db;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("sinergi.it") || db != null) {
            return;
        }
        try {
            Path target = basedir().resolve("target");
            // TMPDIR of the test run (see pom.xml): Payara Micro and Chromium write there;
            // start it empty, so nothing piles up from run to run
            deleteTree(target.resolve("tmp"));
            Files.createDirectories(target.resolve("tmp"));
            Path data = target.resolve("it-mariadb/data");
            deleteTree(data);
            db = EmbeddedMariaDb.start(data, target.resolve("it-mariadb"), EmbeddedMariaDb.freePort());
            // a real SMTP server for the application's mail, with IMAP to read it back (any login works)
            int smtp = EmbeddedMariaDb.freePort();
            int imap = EmbeddedMariaDb.freePort();
            mail = new GreenMail(new ServerSetup[]{new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                    .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            mail.start();
            System.setProperty("sinergi.it.db.url", db.jdbcUrl());
            System.setProperty(Mailbox.IMAP_PORT, String.valueOf(imap));
            System.setProperty(SMTP_PORT, String.valueOf(smtp));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestServer.stop();
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (db != null) {
            try {
                db.close();
            } catch (Exception e) {
                System.err.println("MariaDB did not stop cleanly: " + e);
            }
            db = null;
        }
    }

    /**
     * Stops the test MariaDB, runs {@code whileDown}, and starts it again on the same port and data whatever
     * happened ({@code DatabaseDownIT}: what the server does without its database, and that it comes back).
     */
    public static void outage(WhileDown whileDown) throws Exception {
        Exception[] thrown = new Exception[1];
        db.outage(() -> {
            try {
                whileDown.run();
            } catch (Exception e) {
                thrown[0] = e;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    /** What a test does while the database is down. */
    public interface WhileDown {
        void run() throws Exception;
    }

    public static Path basedir() {
        return Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath().normalize();
    }

    public static String jdbcUrl() {
        return System.getProperty("sinergi.it.db.url");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
