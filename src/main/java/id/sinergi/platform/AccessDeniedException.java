package id.sinergi.platform;

import java.io.Serial;

/** A refused operation: nothing changed, and the refusal was written to the audit log. */
public class AccessDeniedException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
