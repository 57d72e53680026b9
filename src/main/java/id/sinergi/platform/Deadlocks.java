package id.sinergi.platform;

import java.sql.SQLException;

/** Recognises a transaction MariaDB rolled back to break a deadlock (or a lock wait it gave up). */
public final class Deadlocks {

    private Deadlocks() {
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
}
