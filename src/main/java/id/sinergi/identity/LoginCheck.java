package id.sinergi.identity;

/** The answer to a password check; {@code retryAfterSeconds} is set when the account is slowed down. */
public record LoginCheck(Outcome outcome, User user, long retryAfterSeconds) {

    public enum Outcome { VALID, INVALID, THROTTLED, INACTIVE }

    static LoginCheck valid(User user) {
        return new LoginCheck(Outcome.VALID, user, 0);
    }

    static LoginCheck invalid() {
        return new LoginCheck(Outcome.INVALID, null, 0);
    }

    static LoginCheck throttled(long seconds) {
        return new LoginCheck(Outcome.THROTTLED, null, seconds);
    }

    static LoginCheck inactive() {
        return new LoginCheck(Outcome.INACTIVE, null, 0);
    }
}
