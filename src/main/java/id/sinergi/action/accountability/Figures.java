package id.sinergi.action.accountability;

import java.io.Serializable;

/**
 * Counts of a set of actions (a forum, a recommendation, an institution). Completion is the average
 * accepted progress of the actions that were not cancelled.
 */
public record Figures(long id, String label, long actions, long planned, long inProgress, long done, long blocked,
                      long cancelled, long overdue, double completion) implements Serializable {

    static final String SELECT = "COUNT(*), SUM(a.status = 'PLANNED'), SUM(a.status = 'IN_PROGRESS'),"
            + " SUM(a.status = 'DONE'), SUM(a.status = 'BLOCKED'), SUM(a.status = 'CANCELLED'),"
            + " SUM(a.overdue_since IS NOT NULL AND a.status IN ('PLANNED', 'IN_PROGRESS', 'BLOCKED')),"
            + " COALESCE(AVG(CASE WHEN a.status <> 'CANCELLED' THEN a.progress END), 0)";

    /** Reads {@link #SELECT}'s eight columns starting at {@code from}. */
    static Figures of(long id, String label, Object[] r, int from) {
        return new Figures(id, label, n(r[from]), n(r[from + 1]), n(r[from + 2]), n(r[from + 3]), n(r[from + 4]),
                n(r[from + 5]), n(r[from + 6]), r[from + 7] == null ? 0 : ((Number) r[from + 7]).doubleValue());
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }
}
