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
 * {@code ./mvnw -Pcluster}: the cluster topology on loopback for trying and testing (issue 13). A 3-node MariaDB
 * Galera cluster on 127.0.0.1:13306-13308 ({@code config/cluster/galera.sh}), two Sinergi nodes on 8081 and 8082
 * started by {@code config/start.sh} as a Hazelcast cluster, reaching the database through the MariaDB driver's
 * failover host list, and HAProxy on http://localhost:8080 in front. Data, logs and each process's PID under
 * {@code data/cluster/}; uploaded evidence in {@code data/cluster/evidence}, shared by both nodes as it must be on
 * real servers. Installs the Debian packages it needs when they are missing (as {@code .ci/run} does for
 * Chromium). Ctrl-C stops everything.
 */
public final class ClusterDevServer {

    private static final List<String> PACKAGES = List.of("mariadb-server", "galera-4", "rsync", "haproxy");
    private static final int[] NODE_PORTS = {8081, 8082};
    private static final String DB_URL = "jdbc:mariadb:sequential://127.0.0.1:13306,127.0.0.1:13307,127.0.0.1:13308/sinergi";

    private ClusterDevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath().normalize();
        Path dir = Files.createDirectories(basedir.resolve("data/cluster"));
        installMissingPackages();

        List<Process> processes = new ArrayList<>();
        DevMailServer mail = DevMailServer.start();
        mail.printArrivals();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAll(basedir, dir, processes, mail), "sinergi-cluster-stop"));

        System.out.println("[cluster] Starting a 3-node Galera cluster on 127.0.0.1:13306-13308 ...");
        run(basedir, dir, "sh", "config/cluster/galera.sh", "start");

        for (int i = 0; i < NODE_PORTS.length; i++) {
            int n = i + 1;
            System.out.println("[cluster] Starting Sinergi node" + n + " on http://localhost:" + NODE_PORTS[i] + " ...");
            Map<String, String> env = new HashMap<>(Map.of(
                    "PAYARA_MICRO_JAR", System.getProperty("payara.microJar"),
                    "SINERGI_WAR", System.getProperty("sinergi.war"),
                    "SINERGI_PORT", String.valueOf(NODE_PORTS[i]),
                    "PAYARA_ROOTDIR", dir.resolve("node" + n + "-root").toString(),
                    "SINERGI_DB_URL", DB_URL,
                    "SINERGI_DB_USER", "sinergi",
                    "SINERGI_DB_PASSWORD", "sinergi",
                    // the first node migrates and loads the demo; the second starts once the first serves
                    "SINERGI_DEMO_DATA", String.valueOf(n == 1),
                    "JAVA_HOME", System.getProperty("java.home")));
            env.put("SINERGI_EVIDENCE_DIR", dir.resolve("evidence").toString());
            env.put("SINERGI_PUBLIC_URL", "http://localhost:8080");
            env.put("SINERGI_CLUSTER_MODE", "tcpip:127.0.0.1:6900");
            env.put("SINERGI_INTERFACES", "127.0.0.1");
            env.put("SINERGI_MAIL_HOST", "127.0.0.1");
            env.put("SINERGI_MAIL_PORT", String.valueOf(mail.port()));
            Process node = PayaraProcess.start(basedir, env, ProcessBuilder.Redirect.to(dir.resolve("node" + n + ".log").toFile()));
            processes.add(node);
            Files.writeString(dir.resolve("node" + n + ".pid"), node.pid() + "\n");
            if (!PayaraProcess.awaitServing(node, URI.create("http://localhost:" + NODE_PORTS[i] + "/login"), Duration.ofMinutes(5))) {
                System.err.println("[cluster] node" + n + " did not come up; see " + dir.resolve("node" + n + ".log"));
                System.exit(1);
            }
        }

        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, haproxyConfig());
        Process haproxy = new ProcessBuilder("haproxy", "-db", "-f", config.toString()).directory(basedir.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.to(dir.resolve("haproxy.log").toFile())).start();
        processes.add(haproxy);
        Files.writeString(dir.resolve("haproxy.pid"), haproxy.pid() + "\n");
        if (!PayaraProcess.awaitServing(haproxy, URI.create("http://localhost:8080/login"), Duration.ofMinutes(1))) {
            System.err.println("[cluster] HAProxy did not answer on 8080; see " + dir.resolve("haproxy.log"));
            System.exit(1);
        }
        System.out.println("""

                ============================================================
                 Sinergi cluster is running: http://localhost:8080/  (HAProxy)
                   node1 http://localhost:8081/   node2 http://localhost:8082/
                   Galera 127.0.0.1:13306, 13307, 13308
                 Demo logins as with ./mvnw -Prun (password for all: sinergi-demo)
                 Logs and PIDs: %s
                 Stop with Ctrl-C.
                ============================================================
                """.formatted(dir));
        haproxy.waitFor();
    }

    /**
     * HAProxy in front of the two nodes: round robin for new visitors, a cookie keeps a visitor on the node that
     * holds their session (the session store in Hazelcast is the next step, see the note), health checks on
     * {@code /health/ready} take a node that lost its database out of rotation.
     */
    private static String haproxyConfig() {
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < NODE_PORTS.length; i++) {
            servers.append("    server node").append(i + 1).append(" 127.0.0.1:").append(NODE_PORTS[i])
                    .append(" check inter 2s fall 2 rise 2 cookie node").append(i + 1).append('\n');
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
                frontend web
                    bind 127.0.0.1:8080
                    option forwardfor
                    default_backend sinergi
                backend sinergi
                    balance roundrobin
                    cookie SINERGI_NODE insert indirect nocache httponly
                    option httpchk GET /health/ready
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
            System.err.println("[cluster] Could not install " + String.join(" ", PACKAGES) + "; install them and run again.");
            System.exit(1);
        }
    }

    private static void run(Path basedir, Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(basedir.toFile()).inheritIO();
        builder.environment().put("CLUSTER_DIR", dir.toString());
        if (builder.start().waitFor() != 0) {
            System.err.println("[cluster] " + String.join(" ", command) + " failed");
            System.exit(1);
        }
    }

    private static void stopAll(Path basedir, Path dir, List<Process> processes, DevMailServer mail) {
        System.out.println("[cluster] Stopping HAProxy, the Sinergi nodes and Galera ...");
        for (Process p : processes.reversed()) {
            PayaraProcess.stop(p);
        }
        try {
            ProcessBuilder galera = new ProcessBuilder("sh", "config/cluster/galera.sh", "stop").directory(basedir.toFile()).inheritIO();
            galera.environment().put("CLUSTER_DIR", dir.toString());
            galera.start().waitFor(2, TimeUnit.MINUTES);
        } catch (IOException e) {
            System.err.println("[cluster] Galera did not stop: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        mail.close();
    }
}
