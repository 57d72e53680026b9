package id.sinergi.action;

/** Where an action stands, as its institution reports it and a moderator accepts it. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, BLOCKED, CANCELLED;

    /** Still to be delivered: may become overdue and is reminded about. */
    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS || this == BLOCKED;
    }

    public String messageKey() {
        return "action.status." + name();
    }

    /** The SQL list of open statuses, for queries. */
    public static final String OPEN_SQL = "('PLANNED', 'IN_PROGRESS', 'BLOCKED')";
}
