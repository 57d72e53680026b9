package id.sinergi.action;

/** Where an action stands, as its institution reports it and a moderator accepts it. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, BLOCKED, CANCELLED,
    /** Continues as an action of a newer forum (see {@code CarryOverService}); never reported. */
    CARRIED_OVER;

    /** What a progress report may say: every status but {@link #CARRIED_OVER}, which only a carry-over sets. */
    public static final java.util.List<ActionStatus> REPORTABLE = java.util.List.of(PLANNED, IN_PROGRESS, DONE, BLOCKED, CANCELLED);

    /** Still to be delivered: may become overdue and is reminded about. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS || this == BLOCKED;
    }

    public String messageKey() {
        return "action.status." + name();
    }

    /** The SQL list of open statuses, for queries. */
    public static final String OPEN_SQL = "('PLANNED', 'IN_PROGRESS', 'BLOCKED')";

    /** The SQL list of statuses that leave completion: nothing more is delivered under this action. */
    public static final String GONE_SQL = "('CANCELLED', 'CARRIED_OVER')";
}
