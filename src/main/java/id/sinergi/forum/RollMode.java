package id.sinergi.forum;

/**
 * How people get on a forum's voter roll: the moderator's invitation list (official panels),
 * admission by a moderator of those who join with the code, or open to anyone with the code.
 */
public enum RollMode {
    INVITED, ADMISSION, OPEN;

    /** The breakdown by institution type shows groups of at least this many voters by default. */
    public static final int DEFAULT_MIN_GROUP = 5;
    /** ... and never smaller groups than this, whatever a forum sets. */
    public static final int SMALLEST_GROUP = 3;

    public String messageKey() {
        return "roll.mode." + name();
    }
}
