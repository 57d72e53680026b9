package id.sinergi.action.accountability;

import id.sinergi.platform.NativeRows;

import java.io.Serializable;

/**
 * Counts of a set of actions (a forum, a recommendation, an institution). Completion is the average
 * accepted progress of the actions that were not cancelled.
 */
public record Figures(long id, String label, long actions, long planned, long inProgress, long done, long blocked,
                      long cancelled, long overdue, double completion) implements Serializable {

    static final String SELECT = "COUNT(*) AS actions, SUM(a.status = 'PLANNED') AS planned,"
            + " SUM(a.status = 'IN_PROGRESS') AS in_progress, SUM(a.status = 'DONE') AS done, SUM(a.status = 'BLOCKED') AS blocked,"
            + " SUM(a.status = 'CANCELLED') AS cancelled,"
            + " SUM(a.overdue_since IS NOT NULL AND a.status IN ('PLANNED', 'IN_PROGRESS', 'BLOCKED')) AS overdue,"
            + " COALESCE(AVG(CASE WHEN a.status <> 'CANCELLED' THEN a.progress END), 0) AS progress";

    /** Reads {@link #SELECT}'s columns. */
    static Figures of(long id, String label, NativeRows.Row r) {
        return new Figures(id, label, r.count("actions"), r.count("planned"), r.count("in_progress"), r.count("done"),
                r.count("blocked"), r.count("cancelled"), r.count("overdue"), r.real("progress"));
    }
}
