package id.sinergi.action;

import java.io.Serializable;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/** An action as pages, the API and exports read it: one row of one query, no lazy loading. */
public record ActionView(long id, long forumId, String forumSlug, String forumTitle, long recommendationId,
                         int recommendationNumber, String recommendationTitle, long institutionId,
                         String institutionName, String institutionShortName, Long leadId, String leadName,
                         String title, String description, LocalDate dueDate, ActionStatus status, int progress,
                         LocalDate overdueSince, int pendingReports, String lastReview, Instant lastReportedAt)
        implements Serializable {

    /** The columns {@link #of} reads, in order; FROM {@link #FROM}. */
    static final String COLUMNS = "a.id, a.forum_id, f.slug, f.title, a.recommendation_id, r.position, r.title,"
            + " a.institution_id, i.name, i.short_name, a.lead_id, u.name, a.title, a.description, a.due_date,"
            + " a.status, a.progress, a.overdue_since, a.pending_reports, a.last_review, a.last_reported_at";

    static final String JOINS = " JOIN forum f ON f.id = a.forum_id"
            + " JOIN recommendation r ON r.id = a.recommendation_id JOIN institution i ON i.id = a.institution_id"
            + " LEFT JOIN app_user u ON u.id = a.lead_id";

    static final String FROM = " FROM action a" + JOINS;

    static ActionView of(Object[] r) {
        return new ActionView(num(r[0]), num(r[1]), (String) r[2], (String) r[3], num(r[4]), (int) num(r[5]),
                (String) r[6], num(r[7]), (String) r[8], (String) r[9], r[10] == null ? null : num(r[10]),
                (String) r[11], (String) r[12], (String) r[13], date(r[14]), ActionStatus.valueOf((String) r[15]),
                (int) num(r[16]), date(r[17]), (int) num(r[18]), (String) r[19],
                r[20] == null ? null : ((Timestamp) r[20]).toInstant());
    }

    /** Past its due date and still open, as the daily job marked it. */
    public boolean isOverdue() {
        return overdueSince != null && status.isOpen();
    }

    public boolean isReturned() {
        return "RETURNED".equals(lastReview);
    }

    /** A short institution name for tables. */
    public String institutionLabel() {
        return institutionShortName == null ? institutionName : institutionShortName;
    }

    public String link() {
        return "/f/" + forumSlug + "/actions/" + id;
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
