package id.sinergi.identity;

import id.sinergi.platform.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a CSV import: the rows imported (with a generated first password where the file
 * gave none) and the rows refused, each with its line number and reason.
 */
public record ImportReport(List<Imported> imported, List<Rejected> rejected) implements java.io.Serializable {

    public record Imported(int line, String email, String generatedPassword) implements java.io.Serializable {
    }

    public record Rejected(int line, String messageKey, String argument) implements java.io.Serializable {

        public String reason(Locale locale) {
            return Messages.format(locale, messageKey, argument);
        }
    }
}
