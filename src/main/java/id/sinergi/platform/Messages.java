package id.sinergi.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible texts ({@code messages_id}, {@code messages_en}); Indonesian is the default. */
public final class Messages {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(INDONESIAN, ENGLISH);
    public static final String BUNDLE = "id.sinergi.messages";

    private Messages() {
    }

    public static Locale supportedOrDefault(String languageTag) {
        if (languageTag != null) {
            for (Locale locale : SUPPORTED) {
                if (locale.getLanguage().equalsIgnoreCase(Locale.forLanguageTag(languageTag).getLanguage())) {
                    return locale;
                }
            }
        }
        return INDONESIAN;
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, supportedOrDefault(locale.toLanguageTag()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return arguments == null || arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
