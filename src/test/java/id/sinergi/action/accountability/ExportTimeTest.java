package id.sinergi.action.accountability;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExportTimeTest {

    @Test
    void exportsShowTimesInWibAsThePagesDo() {
        assertEquals("2026-12-01 09:30", id.sinergi.platform.Formats.sortable(Instant.parse("2026-12-01T02:30:00Z")));
        assertEquals("2026-12-02 06:59", id.sinergi.platform.Formats.sortable(Instant.parse("2026-12-01T23:59:00Z")), "past midnight in WIB");
        assertEquals("", id.sinergi.platform.Formats.sortable(null));
    }
}
