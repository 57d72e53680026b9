package id.sinergi.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;

/**
 * Brings the schema up to date with Flyway before anything else runs, then loads the demo data
 * when asked to ({@code sinergi.demo-data=true}) and the database has no users yet.
 * Bean-managed transactions: the pool is XA, and Flyway manages its own transactions.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = SinergiDataSource.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "sinergi.demo-data", defaultValue = "false")
    private boolean demoData;

    @Inject
    private Event<DemoDataLoaded> demoLoaded;

    @PostConstruct
    void migrate() {
        boolean emptyBefore = !hasUsers();
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (demoData) {
            loadDemoData(emptyBefore);
        }
    }

    private void loadDemoData(boolean databaseWasEmpty) {
        boolean demoLoadedBefore = tableExists("flyway_demo_history");
        if (!demoLoadedBefore && !databaseWasEmpty) {
            LOG.warning("Demo data not loaded: the database already holds users.");
            return;
        }
        int applied = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/demo")
                .table("flyway_demo_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate().migrationsExecuted;
        if (applied > 0) {
            demoLoaded.fire(new DemoDataLoaded());
        }
    }

    private boolean hasUsers() {
        if (!tableExists("app_user")) {
            return false;
        }
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("SELECT 1 FROM app_user LIMIT 1")) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database", e);
        }
    }

    private boolean tableExists(String table) {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, table, new String[]{"TABLE"})) {
            return rs.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database", e);
        }
    }
}
