package id.sinergi.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's MariaDB pool. URL, user and password come from MicroProfile Config
 * ({@code sinergi.db.url}, {@code sinergi.db.user}, {@code sinergi.db.password}; as environment
 * variables {@code SINERGI_DB_URL} and so on), so an external MariaDB is chosen by configuration.
 */
@Singleton
@DataSourceDefinition(
        name = SinergiDataSource.JNDI_NAME,
        className = "org.mariadb.jdbc.MariaDbDataSource",
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
