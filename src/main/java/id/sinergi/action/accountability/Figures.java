package id.sinergi.action.accountability;

import id.sinergi.action.ActionStatus;
import id.sinergi.platform.NativeRows;

import java.io.Serializable;

/**
 * Counts of a set of actions (a forum, a recommendation, an institution, a year). Completion is the
 * average accepted progress of the actions that were neither cancelled nor carried over to a newer
 * forum (that one counts there).
 */
public record Figures(long id, String label, long actions, long planned, long inProgress, long done, long blocked,
                      long cancelled, long carriedOver, long overdue, double completion) implements Serializable {

    /** Aggregates over {@code action a}; {@link #of} reads them. */
    public static final String SELECT = "COUNT(*) AS actions, SUM(a.status = 'PLANNED') AS planned,"
            + " SUM(a.status = 'IN_PROGRESS') AS in_progress, SUM(a.status = 'DONE') AS done, SUM(a.status = 'BLOCKED') AS blocked,"
            + " SUM(a.status = 'CANCELLED') AS cancelled, SUM(a.status = 'CARRIED_OVER') AS carried_over,"
            + " SUM(a.overdue_since IS NOT NULL AND a.status IN ('PLANNED', 'IN_PROGRESS', 'BLOCKED')) AS overdue,"
            + " COALESCE(AVG(CASE WHEN a.status NOT IN ('CANCELLED', 'CARRIED_OVER') THEN a.progress END), 0) AS progress";

    /** Reads {@link #SELECT}'s columns. */
    public static Figures of(long id, String label, NativeRows.Row r) {
        return new Figures(id, label, r.count("actions"), r.count("planned"), r.count("in_progress"), r.count("done"),
                r.count("blocked"), r.count("cancelled"), r.count("carried_over"), r.count("overdue"), r.real("progress"));
    }

    /**
     * The figures of several sets together: counts add up; completion is the average over all their
     * delivering actions, so each set weighs by its number of them (exactly what one query would give).
     */
    public static Figures sum(long id, String label, java.util.List<Figures> parts) {
        long[] c = new long[8];
        double progress = 0;
        for (Figures f : parts) {
            c[0] += f.actions; c[1] += f.planned; c[2] += f.inProgress; c[3] += f.done;
            c[4] += f.blocked; c[5] += f.cancelled; c[6] += f.carriedOver; c[7] += f.overdue;
            progress += f.completion * f.delivering();
        }
        long delivering = c[0] - c[5] - c[6];
        return new Figures(id, label, c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], delivering == 0 ? 0 : progress / delivering);
    }

    /** No actions at all. */
    public static Figures none(long id, String label) {
        return new Figures(id, label, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public long count(ActionStatus status) {
        return switch (status) {
            case PLANNED -> planned;
            case IN_PROGRESS -> inProgress;
            case DONE -> done;
            case BLOCKED -> blocked;
            case CANCELLED -> cancelled;
            case CARRIED_OVER -> carriedOver;
        };
    }

    /** The actions that still count towards completion. */
    public long delivering() {
        return actions - cancelled - carriedOver;
    }
}
