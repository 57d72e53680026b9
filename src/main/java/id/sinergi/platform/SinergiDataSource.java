package id.sinergi.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's MariaDB pool. URL, user and password come from MicroProfile Config
 * ({@code sinergi.db.url}, {@code sinergi.db.user}, {@code sinergi.db.password}; as environment
 * variables {@code SINERGI_DB_URL} and so on), so an external MariaDB is chosen by configuration.
 *
 * <p>A pool without XA: Payara makes a pool XA whenever the class named here implements
 * {@code XADataSource} (MariaDB's {@code MariaDbDataSource} does), and every request then paid
 * {@code XA START}, {@code XA END} and {@code XA COMMIT} around its statements for a transaction that
 * only ever has this one resource. {@link LocalMariaDbDataSource} offers MariaDB's data source as a
 * plain {@code DataSource}, and the pool uses local transactions.
 */
@Singleton
@DataSourceDefinition(
        name = SinergiDataSource.JNDI_NAME,
        className = "id.sinergi.platform.LocalMariaDbDataSource",
        url = "${MPCONFIG=sinergi.db.url}",
        user = "${MPCONFIG=sinergi.db.user}",
        password = "${MPCONFIG=sinergi.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
public class SinergiDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/sinergi";
}
