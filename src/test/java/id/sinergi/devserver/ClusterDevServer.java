package id.sinergi.devserver;

import java.nio.file.Path;

/**
 * {@code ./mvnw -Pcluster}: the cluster topology on loopback for trying ({@link ClusterTopology}: HAProxy on
 * http://localhost:8080, two Sinergi nodes on 8081 and 8082, a 3-node Galera cluster on 13306-13308). Ctrl-C stops
 * everything.
 */
public final class ClusterDevServer {

    private ClusterDevServer() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("sinergi.basedir", ".")).toAbsolutePath().normalize();
        ClusterTopology cluster = ClusterTopology.start(basedir);
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "sinergi-cluster-stop"));
        cluster.printArrivingMail();
        System.out.println("""

                ============================================================
                 Sinergi cluster is running: http://localhost:8080/  (HAProxy)
                   node1 http://localhost:8081/   node2 http://localhost:8082/
                   Galera 127.0.0.1:13306, 13307, 13308
                 Demo logins as with ./mvnw -Prun (password for all: sinergi-demo)
                 Logs and PIDs: %s
                 Stop with Ctrl-C.
                ============================================================
                """.formatted(cluster.dir()));
        cluster.awaitProxyExit();
    }
}
