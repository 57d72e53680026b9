package id.sinergi.devserver;

import id.sinergi.devserver.SinergiDevServer.PayaraProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The cluster topology on loopback (issue 13), for {@code ./mvnw -Pcluster} and the failover check of
 * {@code ./mvnw -Pcluster-test verify}. A 3-node MariaDB Galera cluster on 127.0.0.1:13306-13308
 * ({@code config/cluster/galera.sh}), two Sinergi nodes on 8081 and 8082 started by {@code config/start.sh} as one
 * Hazelcast data grid (sessions and pushes shared), reaching the database through the MariaDB driver's failover
 * host list, and HAProxy on http://localhost:8080 in front. Data, logs and each process's PID under
 * {@code data/cluster/}; uploaded evidence in {@code data/cluster/evidence}, shared by both nodes as it must be on
 * real servers. Installs the Debian packages it needs when they are missing (as {@code .ci/run} does for
 * Chromium). Any node of either kind can be killed and brought back.
 */
public final class ClusterTopology implements AutoCloseable {

    private static final List<String> PACKAGES = List.of("mariadb-server", "galera-4", "rsync", "haproxy");
    public static final int[] NODE_PORTS = {8081, 8082};
    public static final URI PROXY = URI.create("http://localhost:8080/");
    /** The driver tries the Galera nodes in this order and moves to the next when one is gone. */
    public static final String DB_URL = "jdbc:mariadb:sequential://127.0.0.1:13306,127.0.0.1:13307,127.0.0.1:13308/sinergi";

    private final Path basedir;
    private final Path dir;
    private final DevMailServer mail;
    private final Process[] nodes = new Process[NODE_PORTS.length];
    private Process haproxy;
    private boolean closed;

    private ClusterTopology(Path basedir, Path dir, DevMailServer mail) {
        this.basedir = basedir;
        this.dir = dir;
        this.mail = mail;
    }

    /** Starts Galera, both Sinergi nodes (the first loads the demo) and HAProxy, with their data in {@code data/cluster}. */
    public static ClusterTopology start(Path basedir) throws Exception {
        return start(basedir, basedir.resolve("data/cluster"));
    }

    /** As {@link #start(Path)}, with data, logs and PIDs in {@code dir}. */
    public static ClusterTopology start(Path basedir, Path dir) throws Exception {
        Files.createDirectories(dir);
        installMissingPackages();
        ClusterTopology cluster = new ClusterTopology(basedir, dir, DevMailServer.start());
        try {
            System.out.println("[cluster] Starting a 3-node Galera cluster on 127.0.0.1:13306-13308 ...");
            cluster.galera("start");
            for (int n = 1; n <= NODE_PORTS.length; n++) {
                // the first node migrates and loads the demo; the second starts once the first serves
                cluster.startNode(n, n == 1);
            }
            cluster.startProxy();
            return cluster;
        } catch (Exception | Error e) {
            cluster.close();
            throw e;
        }
    }

    public Path dir() {
        return dir;
    }

    /** E-mails the nodes sent to addresses ending in {@code domain}. */
    public long mailsTo(String domain) {
        return mail.receivedFor(domain);
    }

    public void printArrivingMail() {
        mail.printArrivals();
    }

    public void awaitProxyExit() throws InterruptedException {
        haproxy.waitFor();
    }

    /** Starts Sinergi node {@code n} (1 or 2) and waits until it serves. */
    public void startNode(int n) throws IOException, InterruptedException {
        startNode(n, false);
    }

    private void startNode(int n, boolean demoData) throws IOException, InterruptedException {
        int port = NODE_PORTS[n - 1];
        System.out.println("[cluster] Starting Sinergi node" + n + " on http://localhost:" + port + " ...");
        Map<String, String> env = new HashMap<>(Map.of(
                "PAYARA_MICRO_JAR", System.getProperty("payara.microJar"),
                "SINERGI_WAR", System.getProperty("sinergi.war"),
                "SINERGI_PORT", String.valueOf(port),
                "PAYARA_ROOTDIR", dir.resolve("node" + n + "-root").toString(),
                "SINERGI_DB_URL", DB_URL,
                "SINERGI_DB_USER", "sinergi",
                "SINERGI_DB_PASSWORD", "sinergi",
                "SINERGI_DEMO_DATA", String.valueOf(demoData),
                "JAVA_HOME", System.getProperty("java.home")));
        env.put("SINERGI_EVIDENCE_DIR", dir.resolve("evidence").toString());
        env.put("SINERGI_PUBLIC_URL", PROXY.toString().replaceAll("/$", ""));
        // both nodes' data-grid ports: a node restarted after a kill takes the first free one (6900)
        // and must find the survivor on the other; naming only 6900 made it form a cluster of its own
        // that the split-brain merge joined 20-60 s later, serving no session of the other node meanwhile
        env.put("SINERGI_CLUSTER_MODE", "tcpip:127.0.0.1:6900,127.0.0.1:6901");
        env.put("SINERGI_INTERFACES", "127.0.0.1");
        env.put("SINERGI_MAIL_HOST", "127.0.0.1");
        env.put("SINERGI_MAIL_PORT", String.valueOf(mail.port()));
        Path log = dir.resolve("node" + n + ".log");
        Process node = PayaraProcess.start(basedir, env, ProcessBuilder.Redirect.appendTo(log.toFile()));
        nodes[n - 1] = node;
        Files.writeString(dir.resolve("node" + n + ".pid"), node.pid() + "\n");
        // a node restarted under the failover check's load deploys in 2-3 minutes on 2 cores: the whole 5 for it
        if (!PayaraProcess.awaitServing(node, URI.create("http://localhost:" + port + "/login"), Duration.ofMinutes(5),
                Duration.ofMinutes(5))) {
            throw new IllegalStateException("node" + n + " did not come up; see " + log);
        }
    }

    /** Kills Sinergi node {@code n} as a power cut would ({@code kill -9}, no shutdown). */
    public void killNode(int n) throws InterruptedException {
        Process node = nodes[n - 1];
        node.descendants().forEach(ProcessHandle::destroyForcibly);
        node.destroyForcibly();
        node.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills Galera node {@code n} (1-3) with {@code kill -9}. */
    public void killGalera(int n) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(dir.resolve("galera" + n + ".pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        for (int i = 0; i < 300 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
    }

    /** Galera node {@code n} joins the running cluster again and catches up; returns once it is synced. */
    public void joinGalera(int n) throws IOException, InterruptedException {
        galera("join", String.valueOf(n));
    }

    private void startProxy() throws IOException, InterruptedException {
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig());
        haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).directory(basedir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(dir.resolve("haproxy.log").toFile())).start();
        Files.writeString(dir.resolve("haproxy.pid"), haproxy.pid() + "\n");
        if (!PayaraProcess.awaitServing(haproxy, PROXY.resolve("login"), Duration.ofMinutes(1))) {
            throw new IllegalStateException("HAProxy did not answer on 8080; see " + dir.resolve("haproxy.log"));
        }
    }

    /**
     * HAProxy in front of the two nodes: round robin for new visitors, a cookie keeps a visitor on one node while it
     * is up (its session is in the data grid, so any node may take over), health checks on {@code /health/ready} take
     * a node that lost its database out of rotation; {@code X-Sinergi-Node} tells a client which node answered.
     */
    private static String haproxyConfig() {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < NODE_PORTS.length; i++) {
            servers.append("    server node").append(i + 1).append(" 127.0.0.1:").append(NODE_PORTS[i])
                    .append(" check inter 1s fall 3 rise 2 cookie node").append(i + 1).append('\n');
        }
        return """
                global
                    maxconn 8192
                defaults
                    mode http
                    option redispatch
                    retries 2
                    timeout connect 2s
                    timeout client 1h
                    timeout server 1h
                    timeout tunnel 1h
                    timeout check 3s
                frontend web
                    bind 127.0.0.1:8080
                    option forwardfor
                    default_backend sinergi
                backend sinergi
                    balance roundrobin
                    cookie SINERGI_NODE insert indirect nocache httponly
                    option httpchk GET /health/ready
                    http-response set-header X-Sinergi-Node %[srv_name]
                """ + servers;
    }

    private static void installMissingPackages() throws IOException, InterruptedException {
        boolean missing = !Files.exists(Path.of("/usr/sbin/mariadbd")) || !Files.exists(Path.of("/usr/lib/galera/libgalera_smm.so"))
                || !Files.exists(Path.of("/usr/bin/rsync")) || !Files.exists(Path.of("/usr/sbin/haproxy"));
        if (!missing) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
        command.addAll(PACKAGES);
        if (!"root".equals(System.getProperty("user.name"))) {
            command.addFirst("sudo");
        }
        System.out.println("[cluster] Installing " + String.join(" ", PACKAGES) + " ...");
        ProcessBuilder install = new ProcessBuilder(command).inheritIO();
        install.environment().put("DEBIAN_FRONTEND", "noninteractive");
        if (install.start().waitFor() != 0) {
            throw new IllegalStateException("Could not install " + String.join(" ", PACKAGES) + "; install them and run again.");
        }
    }

    private void galera(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", "config/cluster/galera.sh"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(basedir.toFile()).inheritIO();
        builder.environment().put("CLUSTER_DIR", dir.toString());
        Process galera = builder.start();
        if (!galera.waitFor(5, TimeUnit.MINUTES) || galera.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    /** Stops HAProxy, the Sinergi nodes and Galera. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        System.out.println("[cluster] Stopping HAProxy, the Sinergi nodes and Galera ...");
        if (haproxy != null) {
            PayaraProcess.stop(haproxy);
        }
        for (int i = nodes.length - 1; i >= 0; i--) {
            if (nodes[i] != null) {
                PayaraProcess.stop(nodes[i]);
            }
        }
        try {
            galera("stop");
        } catch (IOException e) {
            System.err.println("[cluster] Galera did not stop: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mail.close();
    }
}
