package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseDownTest {

    @Test
    void aDatabaseOutOfReachIsRecognisedWhereverItIsWrapped() {
        assertTrue(DatabaseDown.isCause(new RuntimeException(new IllegalStateException(
                new SQLNonTransientConnectionException("Socket fail to connect")))));
        assertTrue(DatabaseDown.isCause(new RuntimeException(new ConnectException("Connection refused"))));
        assertTrue(DatabaseDown.isCause(new SQLException("Communications link failure", "08S01")));
        assertFalse(DatabaseDown.isCause(new RuntimeException(new SQLIntegrityConstraintViolationException("dup", "23000"))),
                "a refused write is not an outage");
        assertFalse(DatabaseDown.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseDown.isCause(null));
    }

    @Test
    void thePageIsInTheReadersLanguageAndEscapesTheAddressItLinksTo() {
        String id = DatabaseDown.page(Messages.INDONESIAN, "/f/x?q=\"><script>");
        assertTrue(id.contains("lang=\"id\"") && id.contains("Layanan sedang tidak tersedia"), id);
        assertTrue(id.contains("href=\"/f/x?q=&quot;&gt;&lt;script&gt;\""), id);
        assertFalse(id.contains("<script>"), id);
        assertTrue(DatabaseDown.page(Messages.supportedOrDefault("en"), "/").contains("Service temporarily unavailable"));
    }
}
