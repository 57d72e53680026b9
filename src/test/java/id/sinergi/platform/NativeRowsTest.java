package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NativeRowsTest {

    @Test
    void columnsAreNamedByAliasOrOwnNameAndExpressionsNeedAnAlias() {
        Map<String, Integer> columns = NativeRows.columns("SELECT DISTINCT u.id, u.name, COUNT(*) AS n,"
                + " COALESCE(MAX(a.due_date), DATE('2026-01-01')) AS due FROM app_user u JOIN action a ON a.x = u.id");
        assertEquals(Map.of("id", 0, "name", 1, "n", 2, "due", 3), columns);
        assertEquals(Map.of("email", 0), NativeRows.columns("select email from shared_user where id = ?"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NativeRows.columns("SELECT COUNT(*) FROM idea"))
                .getMessage().contains("alias"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NativeRows.columns("SELECT a.id, b.id FROM a JOIN b"))
                .getMessage().contains("two columns named id"));
    }
}
