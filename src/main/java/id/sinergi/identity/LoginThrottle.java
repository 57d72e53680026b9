package id.sinergi.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long an account waits after failed logins: free for the first {@value #FREE_ATTEMPTS}
 * failures in a row, then 2, 4, 8 ... seconds, at most 15 minutes. Kept in the database, so it
 * holds across the nodes of a cluster.
 */
final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** When the next attempt is allowed after {@code failures} failures in a row, or null. */
    static Instant lockedUntil(int failures, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int exponent = Math.min(failures - FREE_ATTEMPTS + 1, 10);
        Duration wait = Duration.ofSeconds(1L << exponent);
        return now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }
}
