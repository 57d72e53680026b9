package id.sinergi.platform;

import jakarta.transaction.SystemException;

import javax.transaction.xa.XAException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Failures after which the same transaction may simply be tried again: MariaDB rolled it back to break
 * a deadlock or a lock wait, or Galera aborted it on a certification conflict with another node (both
 * 1213 / SQLSTATE 40001); or, for an idempotent write only, the database node went away during it and
 * the driver has reconnected to another one (whether the lost commit landed is unknown, so only a write
 * that may land twice with the same effect is repeated).
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    public static boolean isDeadlock(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213
                    || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection to the database node broke (the driver's failover has already moved to the next node). At
     * the commit this reaches the caller as the transaction manager's failure to complete it ({@code SystemException}
     * around the resource's {@code XAException}, with the driver's error only in its message): whether it landed
     * is unknown.
     */
    public static boolean isConnectionLost(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof XAException || t instanceof SystemException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
