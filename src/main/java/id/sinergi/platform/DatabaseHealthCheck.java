package id.sinergi.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * {@code /health/ready} is UP only when MariaDB answers. A connection that fails is tried once more with a
 * fresh one: when one node of a Galera cluster goes away, the pool drops its connections and the driver
 * reaches the next node, and a load balancer should not take this node out of rotation for that.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    @Resource(lookup = SinergiDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        String error = "invalid connection";
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Connection c = dataSource.getConnection()) {
                if (c.isValid(2)) {
                    return HealthCheckResponse.named("database").up().build();
                }
            } catch (SQLException e) {
                error = e.getClass().getSimpleName();
            }
        }
        return HealthCheckResponse.named("database").down().withData("error", error).build();
    }
}
