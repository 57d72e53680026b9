package id.sinergi.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as people type it on the forms ({@code dd-MM-yyyy HH:mm}): the hour and minute
 * separated by ":" or "." alike (Indonesian writes 03.26, the date picker of an English page 03:26),
 * shown with the separator of the page's language, as PrimeFaces' date picker writes it. A value that
 * is no date is refused with a message in the user's language.
 */
@FacesConverter("sinergi.dateTime")
public class DateTimeInput implements Converter<LocalDateTime> {

    private static final Pattern INPUT = Pattern.compile("(\\d{1,2})-(\\d{1,2})-(\\d{4})\\s+(\\d{1,2})[:.](\\d{2})");

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value).orElseThrow(() -> {
            Locale locale = context.getViewRoot().getLocale();
            String text = Messages.format(locale, "validation.dateTime", value.strip());
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        });
    }

    /** The date and time in {@code text}, if it is one ("01-12-2026 03:26" or "01-12-2026 03.26"). */
    static java.util.Optional<LocalDateTime> parse(String text) {
        Matcher m = INPUT.matcher(text.strip());
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
        } catch (DateTimeException notADay) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : format(value, context.getViewRoot().getLocale());
    }

    /** As the date picker writes it for {@code locale}: its time separator is the locale's. */
    static String format(LocalDateTime value, Locale locale) {
        String localized = DateTimeFormatterBuilder.getLocalizedDateTimePattern(null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale);
        String separator = localized.contains(":") ? ":" : ".";
        return String.format("%02d-%02d-%04d %02d%s%02d", value.getDayOfMonth(), value.getMonthValue(), value.getYear(),
                value.getHour(), separator, value.getMinute());
    }
}
