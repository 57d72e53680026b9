package id.sinergi.forum;

import java.util.Optional;

/**
 * The phases a forum moves through, forward one step at a time. The rules live here so the
 * service, the pages and the API all refuse the same moves for the same reasons.
 */
public enum ForumPhase {
    DRAFT, OPEN, VOTING, PUBLISHED, FOLLOW_UP, CLOSED;

    public Optional<ForumPhase> next() {
        return this == CLOSED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    /**
     * Why the move from this phase to {@code target} is refused (a message key), or empty when
     * it is allowed. {@code themeCount} is the number of themes the forum has.
     */
    public Optional<String> refusalOfMoveTo(ForumPhase target, int themeCount) {
        if (target == null) {
            return Optional.of("phase.unknown");
        }
        if (this == CLOSED) {
            return Optional.of("phase.closedIsFinal");
        }
        if (target == this) {
            return Optional.of("phase.alreadyThere");
        }
        if (target.ordinal() < ordinal()) {
            return Optional.of("phase.noGoingBack");
        }
        if (target != next().orElseThrow()) {
            return Optional.of("phase.oneStepAtATime");
        }
        if (target == OPEN && themeCount == 0) {
            return Optional.of("phase.needsTheme");
        }
        return Optional.empty();
    }

    public boolean acceptsContributions() {
        return this == OPEN;
    }

    public String messageKey() {
        return "phase." + name();
    }
}
