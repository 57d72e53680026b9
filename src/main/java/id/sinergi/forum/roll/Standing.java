package id.sinergi.forum.roll;

import id.sinergi.forum.RollMode;

import java.io.Serializable;

/** The caller's own place on a forum's roll, for the voting page to say what they can do. */
public record Standing(RollMode mode, VoterStatus status, boolean checkedIn, boolean checkedInOnly, boolean member,
                       boolean loggedIn) implements Serializable {

    public boolean mayVote() {
        return loggedIn && (status == VoterStatus.ADMITTED && (checkedIn || !checkedInOnly)
                || status == null && mode == RollMode.OPEN && !checkedInOnly);
    }

    public boolean mayRequest() {
        return loggedIn && status == null && mode == RollMode.ADMISSION;
    }

    /** The message key that explains the caller's standing when they cannot vote. */
    public String reasonKey() {
        if (!loggedIn) {
            return "roll.why.login";
        }
        if (status == VoterStatus.PENDING) {
            return "roll.why.pending";
        }
        if (status == VoterStatus.DECLINED) {
            return "roll.why.declined";
        }
        if (status == VoterStatus.ADMITTED || mode == RollMode.OPEN) {
            return "roll.why.checkIn";
        }
        return mode == RollMode.ADMISSION ? "roll.why.request" : "roll.why.invitedOnly";
    }
}
