package id.sinergi.testing;

import id.sinergi.devserver.EmbeddedMariaDb;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Starts one fresh embedded MariaDB and one SMTP/IMAP server (GreenMail) for the whole integration-test run (failsafe sets
 * {@code sinergi.it=true}) and writes the properties Payara Micro reads at start
 * ({@code target/it-db.properties}, named in arquillian.xml). Unit tests never start it.
 */
public class ItDatabase implements LauncherSessionListener {

    private static EmbeddedMariaDb db;
    private static GreenMail mail;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("sinergi.it") || db != null) {
            return;
        }
        try {
            Path target = basedir().resolve("target");
            // TMPDIR of the test run (see pom.xml): Payara, Arquillian and Chromium write there;
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
            Properties config = new Properties();
            config.setProperty("sinergi.db.url", db.jdbcUrl());
            config.setProperty("sinergi.db.user", "sinergi");
            config.setProperty("sinergi.db.password", "sinergi");
            config.setProperty("sinergi.demo-data", "true");
            config.setProperty("sinergi.evidence.dir", basedir().resolve("target/it-evidence").toString());
            config.setProperty("sinergi.mail.host", "127.0.0.1");
            config.setProperty("sinergi.mail.port", String.valueOf(smtp));
            config.setProperty("sinergi.mail.from", "noreply@sinergi.test");
            config.setProperty("sinergi.mail.user", "sinergi");
            config.setProperty("sinergi.mail.starttls", "false");
            config.setProperty(Mailbox.IMAP_PORT, String.valueOf(imap));
            try (Writer out = Files.newBufferedWriter(target.resolve("it-db.properties"))) {
                config.store(out, "Written by ItDatabase for this test run");
            }
            System.setProperty("sinergi.it.db.url", db.jdbcUrl());
            System.setProperty(Mailbox.IMAP_PORT, String.valueOf(imap));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB for the integration tests", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
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
