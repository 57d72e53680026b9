package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as GLOSSARY.md writes them: stored in UTC, shown in WIB, "28 November 2026, 10.00 WIB" in
 * Indonesian and "28 November 2026, 10:00 WIB" in English.
 */
@Named("formats")
@ApplicationScoped
public class Formats {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Inject
    private UserLanguage language;

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        String pattern = "id".equals(locale.getLanguage()) ? "d MMMM yyyy, HH.mm 'WIB'" : "d MMMM yyyy, HH:mm 'WIB'";
        return DateTimeFormatter.ofPattern(pattern, locale).format(instant.atZone(ZONE));
    }

    /** A moment for a spreadsheet: local time in WIB that sorts as text ("2026-12-01 09:30"). */
    public static String sortable(Instant instant) {
        return instant == null ? "" : SORTABLE.format(instant.atZone(ZONE));
    }

    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(instant.atZone(ZONE));
    }

    /** A calendar date (a due date): "5 Desember 2026". */
    public static String day(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public String day(java.time.LocalDate date) {
        return day(date, language.getLocale());
    }

    /** "12,5%" in Indonesian, "12.5%" in English; at most one decimal. */
    public static String percent(double value, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(value) + "%";
    }

    public String percent(double value) {
        return percent(value, language.getLocale());
    }

    /** A share of a whole in percent for bars: 0 when the whole is 0. */
    public double share(int part, int whole) {
        return whole <= 0 ? 0 : 100.0 * part / whole;
    }

    /** For pages: {@code #{formats.dateTime(forum.startsAt)}} in the user's language. */
    public String dateTime(Instant instant) {
        return dateTime(instant, language.getLocale());
    }

    public String date(Instant instant) {
        return date(instant, language.getLocale());
    }
}
