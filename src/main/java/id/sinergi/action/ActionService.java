package id.sinergi.action;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.recommendation.RecommendationService;
import id.sinergi.recommendation.RecommendationStatus;
import id.sinergi.recommendation.RecommendationView;
import id.sinergi.platform.SqlIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reading actions (everyone, within what each may see), the lead's "my actions", and what a report
 * changes on its action. Every permission on an action is answered by {@link #access}; assigning and
 * changing actions is {@link AssignmentService}'s.
 */
@Stateless
public class ActionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private InstitutionService institutions;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private AuditService audit;

    @Inject
    private AppClock clock;

    @Inject
    private ActionHistory history;

    /** The phases in which a forum's follow-up is public (DESIGN: once its recommendations are published). */
    public static final String PUBLIC_PHASES_SQL = "('PUBLISHED', 'FOLLOW_UP', 'CLOSED')";

    /** Filters of the lead's list. */
    public enum Mine { OPEN, OVERDUE, DONE, ALL }

    /** Filters of a forum's action table; nulls mean "any". */
    public record Filter(Long recommendationId, Long institutionId, ActionStatus status, boolean overdueOnly,
                         boolean pendingOnly, boolean openOnly) implements Serializable {
        public static final Filter NONE = new Filter(null, null, null, false, false);
        /** The unfinished actions: planned, in progress or blocked. */
        public static final Filter OPEN_ONLY = new Filter(null, null, null, false, false, true);

        public Filter(Long recommendationId, Long institutionId, ActionStatus status, boolean overdueOnly, boolean pendingOnly) {
            this(recommendationId, institutionId, status, overdueOnly, pendingOnly, false);
        }
    }

    public record Milestone(long id, String title, LocalDate dueDate, LocalDate reachedOn) implements Serializable {
    }

    public record Event(Instant occurredAt, String actorName, String kind, String detail) implements Serializable {
        private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile(
                "\\b(PLANNED|IN_PROGRESS|DONE|BLOCKED|CANCELLED)\\b");

        public String messageKey() {
            return "action.event." + kind;
        }

        /** What changed, as {@link AssignmentService} writes it: "title; lead; due: 2027-01-31 → 2027-03-31". */
        private static final java.util.regex.Pattern CHANGE = java.util.regex.Pattern.compile(
                "(^|; )(title|description|institution|lead|due|milestones)(?=:|;|$)");
        private static final java.util.regex.Pattern FILES = java.util.regex.Pattern.compile("\\b(\\d+) file\\(s\\)");

        /**
         * The detail in the reader's language: status codes ("IN_PROGRESS 80%" → "Sedang berjalan 80%"),
         * the names of changed fields and the number of files. History lines are stored with codes, so
         * they read right in either language, older lines included.
         */
        public String detailIn(java.util.Locale locale) {
            if (detail == null) {
                return null;
            }
            String text = STATUS.matcher(detail).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    id.sinergi.platform.Messages.format(locale, "action.status." + m.group(1))));
            text = CHANGE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    m.group(1) + id.sinergi.platform.Messages.format(locale, "action.change." + m.group(2))));
            return FILES.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    id.sinergi.platform.Messages.format(locale, "action.files", Integer.parseInt(m.group(1)))));
        }
    }

    // ---------------------------------------------------------------- reading

    /** One action, for everyone: what the public may see of it is decided by the caller of {@link #access}. */
    public ActionView get(@NotNull Long id) {
        return NativeRows.first(em, "SELECT " + ActionView.COLUMNS + ActionView.FROM + " WHERE a.id = ?", id)
                .map(ActionView::of).orElseThrow(() -> new NotFoundException("action.notFound"));
    }

    /** What the caller may do with this action. */
    public ActionAccess access(ActionView action) {
        if (!caller.isAuthenticated()) {
            return ActionAccess.PUBLIC;
        }
        if (forums.canModerate(forums.get(action.forumId()))) {
            return new ActionAccess(true, true, true);
        }
        boolean lead = covers(action.institutionId());
        return new ActionAccess(lead, false, lead);
    }

    /** Whether the caller is a lead of this institution or of one above it. */
    public boolean covers(long institutionId) {
        return caller.hasRole(Role.INSTITUTION_LEAD) && coveredInstitutions().contains(institutionId);
    }

    /** The institutions a lead answers for: their own and the offices under it. */
    public List<Long> coveredInstitutions() {
        return caller.hasRole(Role.INSTITUTION_LEAD) ? institutions.selfAndDescendantIds(caller.institutionId()) : List.of();
    }

    /** The action, if the caller may report on it; refused and audited as {@code auditAction} otherwise. */
    public ActionView getForReporting(@NotNull Long id, String auditAction) {
        ActionView action = get(id);
        if (!access(action).report()) {
            throw audit.refuse(auditAction, "Action", id, "action.notYourInstitution");
        }
        return action;
    }

    /** The action, if the caller may review its reports; refused and audited otherwise. */
    public ActionView getForReview(@NotNull Long id, String auditAction) {
        ActionView action = get(id);
        if (!access(action).review()) {
            throw audit.refuse(auditAction, "Action", id, "forum.moderatorsOnly");
        }
        return action;
    }

    public List<Milestone> milestones(@NotNull Long actionId) {
        List<Milestone> list = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT id, title, due_date, reached_on FROM action_milestone"
                + " WHERE action_id = ? ORDER BY position", actionId)) {
            list.add(new Milestone(r.id("id"), r.string("title"), r.date("due_date"), r.date("reached_on")));
        }
        return list;
    }

    /** The action's history, newest first; events of internal reports only for those who see them. */
    public List<Event> history(@NotNull Long actionId, int first, int pageSize) {
        boolean internal = access(get(actionId)).internal();
        List<Event> events = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT occurred_at, actor_name, kind, detail FROM action_event"
                + " WHERE action_id = ?" + (internal ? "" : " AND NOT internal") + " ORDER BY occurred_at DESC, id DESC"
                + " LIMIT ? OFFSET ?", actionId, pageSize, first)) {
            events.add(new Event(r.instant("occurred_at"), r.string("actor_name"), r.string("kind"), r.string("detail")));
        }
        return events;
    }

    public long countHistory(@NotNull Long actionId) {
        boolean internal = access(get(actionId)).internal();
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM action_event WHERE action_id = ?"
                + (internal ? "" : " AND NOT internal")).setParameter(1, actionId).getSingleResult()).longValue();
    }

    /**
     * A report was filed on the action: its history line (internal: nobody has reviewed the
     * figures yet) and the forum's figures. For the report component, as the reporter.
     */
    public void reported(@NotNull Long actionId, String detail) {
        ActionView action = getForReporting(actionId, "report.submit");
        history.recordEvent(actionId, "REPORTED", detail, true);
        history.figuresChanged(action.forumId());
    }

    /**
     * A report on the action was reviewed: milestones it named are reached on acceptance, the
     * history says so, the figures change. For the report component, as the reviewing moderator.
     */
    public void reviewed(@NotNull Long actionId, String kind, String detail, boolean internal, List<Long> milestones,
                         LocalDate on) {
        ActionView action = getForReview(actionId, "report.review");
        if (milestones != null) {
            history.markMilestones(actionId, milestones, on);
        }
        history.figuresChanged(action.forumId());
        history.recordEvent(actionId, kind, detail, internal);
    }


    /**
     * A forum's actions for the accountability page, paged in the database, in the document's order.
     * The page's ids are found first on the narrow index, then only its rows are read in full.
     */
    public List<ActionView> forForum(@NotNull Long forumId, @NotNull Filter filter, int first, int pageSize) {
        NativeRows.Select select = NativeRows.select(em, "SELECT " + ActionView.COLUMNS
                + " FROM (SELECT a.id, r.position FROM action a"
                + " JOIN shared_recommendation r ON r.id = a.recommendation_id WHERE a.forum_id = ?" + where(filter)
                + " ORDER BY r.position, a.recommendation_id, a.id LIMIT ? OFFSET ?) page JOIN action a ON a.id = page.id"
                + ActionView.JOINS + " ORDER BY page.position, a.recommendation_id, a.id");
        Query q = select.query();
        q.setParameter(1, forumId);
        int next = bind(q, filter, 2);
        q.setParameter(next, pageSize).setParameter(next + 1, first);
        return views(select);
    }

    /**
     * One recommendation's actions after {@code afterId}, in id order, straight off the index:
     * exports walk a forum's actions this way without sorting or skipping rows.
     */
    public List<ActionView> forRecommendation(@NotNull Long forumId, long recommendationId, long afterId, int limit) {
        return NativeRows.query(em, "SELECT " + ActionView.COLUMNS + ActionView.FROM
                        + " WHERE a.forum_id = ? AND a.recommendation_id = ? AND a.id > ? ORDER BY a.id LIMIT ?",
                forumId, recommendationId, afterId, limit).stream().map(ActionView::of).toList();
    }

    public long countForForum(@NotNull Long forumId, @NotNull Filter filter) {
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM action a WHERE a.forum_id = ?" + where(filter));
        q.setParameter(1, forumId);
        bind(q, filter, 2);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String where(Filter f) {
        StringBuilder sql = new StringBuilder();
        if (f.recommendationId() != null) sql.append(" AND a.recommendation_id = ?");
        if (f.institutionId() != null) sql.append(" AND a.institution_id = ?");
        if (f.status() != null) sql.append(" AND a.status = ?");
        if (f.overdueOnly()) sql.append(" AND a.overdue_since IS NOT NULL AND a.status IN ").append(ActionStatus.OPEN_SQL);
        if (f.pendingOnly()) sql.append(" AND a.pending_reports > 0");
        if (f.openOnly()) sql.append(" AND a.status IN ").append(ActionStatus.OPEN_SQL);
        return sql.toString();
    }

    /** Binds the filter's parameters from position {@code from}; returns the next free position. */
    private static int bind(Query q, Filter f, int from) {
        int i = from;
        if (f.recommendationId() != null) q.setParameter(i++, f.recommendationId());
        if (f.institutionId() != null) q.setParameter(i++, f.institutionId());
        if (f.status() != null) q.setParameter(i++, f.status().name());
        return i;
    }

    /**
     * The actions of the lead's institution and its offices, what needs attention first: overdue,
     * then returned reports, then due within a week; then by due date.
     */
    public List<ActionView> mine(@NotNull Mine filter, int first, int pageSize) {
        return ofInstitutions(coveredInstitutions(), filter, first, pageSize);
    }

    public long countMine(@NotNull Mine filter) {
        return countOfInstitutions(coveredInstitutions(), filter);
    }

    /**
     * One institution's actions (and its offices'), in the order of {@link #mine}: for the API.
     * Its leads (and tokens), leads above it and admins only; refused and audited otherwise.
     */
    public List<ActionView> ofInstitution(@NotNull Long institutionId, @NotNull Mine filter, int first, int pageSize) {
        return ofInstitutions(institutionScope(institutionId), filter, first, pageSize);
    }

    public long countOfInstitution(@NotNull Long institutionId, @NotNull Mine filter) {
        return countOfInstitutions(institutionScope(institutionId), filter);
    }

    private List<Long> institutionScope(Long institutionId) {
        institutions.get(institutionId);
        if (!caller.isAuthenticated()) {
            throw audit.refuse("action.list", "Institution", institutionId, "error.unauthenticated");
        }
        if (!caller.isAdmin() && !covers(institutionId)) {
            throw audit.refuse("action.list", "Institution", institutionId, "action.notYourInstitution");
        }
        return institutions.selfAndDescendantIds(institutionId);
    }

    private List<ActionView> ofInstitutions(List<Long> covered, Mine filter, int first, int pageSize) {
        if (covered.isEmpty()) {
            return List.of();
        }
        return NativeRows.query(em, "SELECT " + ActionView.COLUMNS + ActionView.FROM
                        + " WHERE a.institution_id IN (" + SqlIds.list(covered) + ")" + mineWhere(filter)
                        + " ORDER BY CASE WHEN a.overdue_since IS NOT NULL AND a.status IN " + ActionStatus.OPEN_SQL + " THEN 0"
                        + " WHEN a.last_review = 'RETURNED' THEN 1"
                        + " WHEN a.status IN " + ActionStatus.OPEN_SQL + " AND a.due_date <= ? THEN 2 ELSE 3 END, a.due_date, a.id"
                        + " LIMIT ? OFFSET ?", clock.today().plusDays(7), pageSize, first)
                .stream().map(ActionView::of).toList();
    }

    private long countOfInstitutions(List<Long> covered, Mine filter) {
        if (covered.isEmpty()) {
            return 0;
        }
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM action a WHERE a.institution_id IN ("
                + SqlIds.list(covered) + ")" + mineWhere(filter)).getSingleResult()).longValue();
    }

    private static String mineWhere(Mine filter) {
        return switch (filter) {
            case OPEN -> " AND a.status IN " + ActionStatus.OPEN_SQL;
            case OVERDUE -> " AND a.status IN " + ActionStatus.OPEN_SQL + " AND a.overdue_since IS NOT NULL";
            case DONE -> " AND a.status = 'DONE'";
            case ALL -> "";
        };
    }

 

    /** Whether the forum takes reports now: published or in follow-up, not closed. */
    public static boolean takesReports(ForumPhase phase) {
        return phase == ForumPhase.PUBLISHED || phase == ForumPhase.FOLLOW_UP;
    }






    private static List<ActionView> views(NativeRows.Select select) {
        return select.list().stream().map(ActionView::of).toList();
    }


    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
