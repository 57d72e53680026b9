package id.sinergi.platform;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Locale;

/**
 * The one family of business errors. It carries a message key of the {@code messages} bundle and
 * its arguments, so pages and the API can tell the user why in the user's language.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String localizedMessage(Locale locale) {
        return Messages.format(locale, messageKey, arguments());
    }

    /** The HTTP status the API answers with. */
    public int httpStatus() {
        return 400;
    }
}
