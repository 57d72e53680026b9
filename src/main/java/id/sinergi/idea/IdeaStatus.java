package id.sinergi.idea;

public enum IdeaStatus {
    /** Shown on the board. */
    VISIBLE,
    /** Hidden by a moderator, with a reason; the author is told. */
    HIDDEN,
    /** Taken back by its author before anyone supported or commented it. */
    WITHDRAWN,
    /** A duplicate merged into another idea; still readable, with a link to where it went. */
    MERGED;

    public String messageKey() {
        return "ideaStatus." + name();
    }
}
