package id.sinergi.platform;

import java.io.Serial;

/** Too many requests of one kind from one client in a short time: try again later. */
public class ThrottledException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ThrottledException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int httpStatus() {
        return 429;
    }
}
