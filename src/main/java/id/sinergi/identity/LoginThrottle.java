package id.sinergi.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * How long the next login waits after failures in a row: for an account name, free for the first
 * {@value #FREE_ATTEMPTS} failures, then 1, 2, 4 ... seconds; for a client address, free for
 * {@value #FREE_FROM_ADDRESS} (a meeting hall behind one NAT), then the same. Never more than
 * {@link #MAX_WAIT}: a guesser is slowed to a crawl, the owner with the right password waits at
 * most a minute. Counts start again after {@link #QUIET} without failures. Kept in the database,
 * so it holds across the nodes of a cluster.
 */
final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final int FREE_FROM_ADDRESS = 100;
    static final Duration MAX_WAIT = Duration.ofMinutes(1);
    static final Duration QUIET = Duration.ofMinutes(15);

    private LoginThrottle() {
    }

    /** When the next attempt is allowed after {@code failures} failures in a row beyond {@code free}, or null. */
    static Instant nextAttempt(int failures, int free, Instant now) {
        if (failures < free) {
            return null;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(failures - free, 10));
        return now.plus(wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait);
    }

    static String account(String email) {
        return "account:" + email;
    }

    static String address(String address) {
        return "address:" + address;
    }
}
