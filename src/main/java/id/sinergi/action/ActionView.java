package id.sinergi.action;

import id.sinergi.platform.NativeRows;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** An action as pages, the API and exports read it: one row of one query, no lazy loading. */
public record ActionView(long id, long forumId, String forumSlug, String forumTitle, long recommendationId,
                         int recommendationNumber, String recommendationTitle, long institutionId,
                         String institutionName, String institutionShortName, String institutionSlug, Long leadId, String leadName,
                         String title, String description, LocalDate dueDate, ActionStatus status, int progress,
                         LocalDate overdueSince, int pendingReports, String lastReview, Instant lastReportedAt,
                         Continuation carriedFrom, Continuation carriedTo, String closedReason)
        implements Serializable {

    /** The other end of a carry-over: the action in the earlier or the newer forum. */
    public record Continuation(long actionId, String forumSlug, String forumTitle) implements Serializable {
        public String link() {
            return "/f/" + forumSlug + "/actions/" + actionId;
        }
    }

    /** The columns {@link #of} reads; FROM {@link #FROM}. */
    public static final String COLUMNS = "a.id, a.forum_id, f.slug AS forum_slug, f.title AS forum_title, a.recommendation_id,"
            + " r.position AS recommendation_number, r.title AS recommendation_title, a.institution_id,"
            + " i.name AS institution_name, i.short_name AS institution_short_name, i.slug AS institution_slug, a.lead_id, u.name AS lead_name, a.title,"
            + " a.description, a.due_date, a.status, a.progress, a.overdue_since, a.pending_reports, a.last_review,"
            + " a.last_reported_at, a.closed_reason, a.carried_from_id, cff.slug AS carried_from_slug,"
            + " cff.title AS carried_from_title, a.carried_to_id, ctf.slug AS carried_to_slug, ctf.title AS carried_to_title";

    public static final String JOINS = " JOIN shared_forum f ON f.id = a.forum_id"
            + " JOIN shared_recommendation r ON r.id = a.recommendation_id JOIN shared_institution i ON i.id = a.institution_id"
            + " LEFT JOIN shared_user u ON u.id = a.lead_id"
            + " LEFT JOIN action cfa ON cfa.id = a.carried_from_id LEFT JOIN shared_forum cff ON cff.id = cfa.forum_id"
            + " LEFT JOIN action cta ON cta.id = a.carried_to_id LEFT JOIN shared_forum ctf ON ctf.id = cta.forum_id";

    public static final String FROM = " FROM action a" + JOINS;

    public static ActionView of(NativeRows.Row r) {
        return new ActionView(r.id("id"), r.id("forum_id"), r.string("forum_slug"), r.string("forum_title"),
                r.id("recommendation_id"), r.integer("recommendation_number"), r.string("recommendation_title"),
                r.id("institution_id"), r.string("institution_name"), r.string("institution_short_name"), r.string("institution_slug"),
                r.longOrNull("lead_id"),
                r.string("lead_name"), r.string("title"), r.string("description"), r.date("due_date"),
                ActionStatus.valueOf(r.string("status")), r.integer("progress"), r.date("overdue_since"),
                r.integer("pending_reports"), r.string("last_review"), r.instant("last_reported_at"),
                continuation(r, "carried_from"), continuation(r, "carried_to"), r.string("closed_reason"));
    }

    private static Continuation continuation(NativeRows.Row r, String prefix) {
        Long id = r.longOrNull(prefix + "_id");
        return id == null ? null : new Continuation(id, r.string(prefix + "_slug"), r.string(prefix + "_title"));
    }

    /** Still to be delivered here: not done, cancelled or carried over to a newer forum. */
    public boolean isOpen() {
        return status.isOpen();
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
}
