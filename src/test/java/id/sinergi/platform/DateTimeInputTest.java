package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateTimeInputTest {

    @Test
    void theTimeIsReadWithAColonOrADotAndWrittenAsThePageLanguageWritesIt() {
        LocalDateTime expected = LocalDateTime.of(2026, 12, 1, 3, 26);
        assertEquals(Optional.of(expected), DateTimeInput.parse("01-12-2026 03:26"));
        assertEquals(Optional.of(expected), DateTimeInput.parse(" 01-12-2026 03.26 "));
        assertEquals(Optional.of(expected), DateTimeInput.parse("1-12-2026 3.26"));
        assertEquals(Optional.empty(), DateTimeInput.parse("31-02-2026 03:26"), "no 31 February");
        assertEquals(Optional.empty(), DateTimeInput.parse("besok pagi"));
        assertEquals("01-12-2026 03.26", DateTimeInput.format(expected, Messages.INDONESIAN));
        assertEquals("01-12-2026 03:26", DateTimeInput.format(expected, Messages.ENGLISH));
    }
}
