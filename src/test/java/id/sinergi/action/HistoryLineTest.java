package id.sinergi.action;

import id.sinergi.platform.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryLineTest {

    private static String read(String detail, java.util.Locale locale) {
        return new ActionService.Event(Instant.EPOCH, "Budi", "CHANGED", detail).detailIn(locale);
    }

    @Test
    void historyLinesReadInTheReadersLanguageWithoutEnglishLeftInIndonesian() {
        assertEquals("judul; penanggung jawab; tenggat: 2027-01-31 → 2027-03-31; tahapan",
                read("title; lead; due: 2027-01-31 → 2027-03-31; milestones", Messages.INDONESIAN));
        assertEquals("instansi: Kanim Pangkalpinang", read("institution: Kanim Pangkalpinang", Messages.INDONESIAN));
        assertEquals("Sedang berjalan 60% · 2 berkas", read("IN_PROGRESS 60% · 2 file(s)", Messages.INDONESIAN));
        assertEquals("In progress 60% · 1 file", read("IN_PROGRESS 60% · 1 file(s)", Messages.ENGLISH));
        assertEquals("Judul baru tentang title", read("Judul baru tentang title", Messages.INDONESIAN), "words inside a text stay");
    }
}
