package id.sinergi.platform;

import id.sinergi.devserver.EmbeddedMariaDb;
import id.sinergi.devserver.SinergiDevServer.PayaraProcess;
import id.sinergi.testing.ItDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Docker image runs {@code config/start.sh}; no Docker engine runs here, so this test runs
 * that same command line against the test database, with the settings the image takes from
 * its environment, and checks that Sinergi serves and is ready.
 */
class StartScriptIT {

    @Test
    void theImagesCommandLineServesSinergi() throws Exception {
        Path basedir = ItDatabase.basedir();
        int port = EmbeddedMariaDb.freePort();
        Path log = basedir.resolve("target/start-script-it.log");
        Process payara = PayaraProcess.startSinergi(basedir, port, basedir.resolve("target/start-script-root"),
                ItDatabase.jdbcUrl(), false, null, ProcessBuilder.Redirect.to(log.toFile()));
        try {
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            assertTrue(PayaraProcess.awaitServing(payara, base.resolve("login"), Duration.ofMinutes(4)),
                    "login page served; see " + log);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("UP"), ready.body());
            HttpResponse<String> api = http.send(HttpRequest.newBuilder(base.resolve("api/v1/forums")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, api.statusCode());
        } finally {
            PayaraProcess.stop(payara);
        }
        assertFalse(payara.isAlive(), "Payara Micro stopped");
        assertTrue(Files.readString(log).contains("Payara Micro"), "the log is Payara's");
    }
}
