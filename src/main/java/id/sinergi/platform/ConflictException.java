package id.sinergi.platform;

import java.io.Serial;

/** The request clashes with what is stored (a duplicate name, a stale edit). */
public class ConflictException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
