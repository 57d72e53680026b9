package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransientFailuresTest {

    @Test
    void aDeadlockOrAGaleraConflictIsRecognisedAnywhereInTheCauses() {
        assertTrue(TransientFailures.isDeadlock(new RuntimeException(new SQLException("Deadlock found", "40001", 1213))));
        assertTrue(TransientFailures.isDeadlock(new SQLException("Lock wait timeout", "HY000", 1205)));
        assertFalse(TransientFailures.isDeadlock(new SQLException("Duplicate entry", "23000", 1062)));
    }

    @Test
    void aLostDatabaseNodeIsRecognisedButAConstraintIsNot() {
        // what the MariaDB driver throws when the node died during the commit and it reconnected to the next one
        assertTrue(TransientFailures.isConnectionLost(new RuntimeException(new SQLTransientConnectionException(
                "Driver has reconnect connection after a communications failure with 127.0.0.1:13306 during a COMMIT statement", "25S03"))));
        assertTrue(TransientFailures.isConnectionLost(new SQLException("Socket error", "08000")));
        // as it reaches the vote when the node died during the COMMIT: the driver's error only in the XA message
        assertTrue(TransientFailures.isConnectionLost(new RuntimeException("encountered exception during commit",
                new jakarta.transaction.SystemException("javax.transaction.xa.XAException: Driver has reconnect connection"))));
        assertFalse(TransientFailures.isConnectionLost(new SQLException("Duplicate entry", "23000", 1062)));
        assertFalse(TransientFailures.isConnectionLost(new IllegalStateException("no cause")));
    }
}
