package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties id = load("id/sinergi/messages_id.properties");
        Properties en = load("id/sinergi/messages_en.properties");
        assertEquals(id.keySet(), en.keySet());
    }

    @Test
    void apostrophesInMessagesWithArgumentsSurviveMessageFormat() throws IOException {
        // MessageFormat takes a lone ' as a quote and drops it ("this forums limit"): write ''
        for (String bundle : new String[]{"id/sinergi/messages_id.properties", "id/sinergi/messages_en.properties"}) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                String value = messages.getProperty(key);
                if (value.matches("(?s).*\\{\\d.*")) {
                    org.junit.jupiter.api.Assertions.assertFalse(value.replace("''", "").contains("'"),
                            bundle + " " + key + " has a lone apostrophe: " + value);
                }
            }
        }
        assertEquals("You have reached this forum's limit of 3 ideas.",
                Messages.format(Messages.ENGLISH, "idea.limitReached", 3));
    }

    @Test
    void indonesianWordingIsOneWordForOneThing() throws IOException {
        // the glossary's word: the people of a forum are "peserta", never also "anggota"
        Properties id = load("id/sinergi/messages_id.properties");
        for (String key : id.stringPropertyNames()) {
            String value = id.getProperty(key).toLowerCase(Locale.ROOT);
            org.junit.jupiter.api.Assertions.assertFalse(value.matches("(?s).*\\banggota.*"), key + " says anggota: " + value);
        }
    }

    @Test
    void indonesianIsTheDefaultAndEnglishIsChosenByTag() {
        assertEquals(Messages.INDONESIAN, Messages.supportedOrDefault(null));
        assertEquals(Messages.INDONESIAN, Messages.supportedOrDefault("fr"));
        assertEquals(Messages.ENGLISH, Messages.supportedOrDefault("en-US"));
        assertEquals("Akses ditolak.", Messages.format(Locale.forLanguageTag("id"), "error.accessDenied"));
        assertEquals("Access denied.", Messages.format(Locale.ENGLISH, "error.accessDenied"));
        assertEquals("Forum \u201cX\u201d telah dibuat.", Messages.format(Messages.INDONESIAN, "forum.created", "X"));
    }

    @Test
    void datesAreWrittenTheIndonesianWayInWib() {
        Instant tenWib = Instant.parse("2026-11-28T03:00:00Z");
        assertEquals("28 November 2026, 10.00 WIB", Formats.dateTime(tenWib, Messages.INDONESIAN));
        assertEquals("28 November 2026, 10:00 WIB", Formats.dateTime(tenWib, Messages.ENGLISH));
        assertEquals("1 Agustus 2026", Formats.date(Instant.parse("2026-08-01T03:00:00Z"), Messages.INDONESIAN));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
