package id.sinergi.action;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
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
import java.sql.Timestamp;
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
 * Assigning actions (moderators), reading them (everyone, within what each may see) and the
 * lead's "my actions". Every permission on an action is answered by {@link #access}.
 */
@Stateless
public class ActionService {

    /** At most this many cells are assigned in one matrix submission. */
    public static final int MATRIX_MAX = 500;

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

    /** Filters of the lead's list. */
    public enum Mine { OPEN, OVERDUE, DONE, ALL }

    /** Filters of a forum's action table; nulls mean "any". */
    public record Filter(Long recommendationId, Long institutionId, ActionStatus status, boolean overdueOnly,
                         boolean pendingOnly) implements Serializable {
        public static final Filter NONE = new Filter(null, null, null, false, false);
    }

    public record Milestone(long id, String title, LocalDate dueDate, LocalDate reachedOn) implements Serializable {
    }

    public record Event(Instant occurredAt, String actorName, String kind, String detail) implements Serializable {
        private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern.compile(
                "\\b(PLANNED|IN_PROGRESS|DONE|BLOCKED|CANCELLED)\\b");

        public String messageKey() {
            return "action.event." + kind;
        }

        /** The detail with status codes in the reader's language ("IN_PROGRESS 80%" → "Sedang berjalan 80%"). */
        public String detailIn(java.util.Locale locale) {
            return detail == null ? null : STATUS.matcher(detail).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                    id.sinergi.platform.Messages.format(locale, "action.status." + m.group(1))));
        }
    }

    public record LeadOption(long id, String name, String institution) implements Serializable {
    }

    public record Cell(long recommendationId, long institutionId) implements Serializable {
    }

    // ---------------------------------------------------------------- reading

    /** One action, for everyone: what the public may see of it is decided by the caller of {@link #access}. */
    public ActionView get(@NotNull Long id) {
        List<?> rows = em.createNativeQuery("SELECT " + ActionView.COLUMNS + ActionView.FROM + " WHERE a.id = ?")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("action.notFound");
        }
        return ActionView.of((Object[]) rows.getFirst());
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
        for (Object o : em.createNativeQuery("SELECT id, title, due_date, reached_on FROM action_milestone"
                + " WHERE action_id = ? ORDER BY position").setParameter(1, actionId).getResultList()) {
            Object[] r = (Object[]) o;
            list.add(new Milestone(ActionView.num(r[0]), (String) r[1], ActionView.date(r[2]), ActionView.date(r[3])));
        }
        return list;
    }

    /** The action's history, newest first; events of internal reports only for those who see them. */
    public List<Event> history(@NotNull Long actionId, int first, int pageSize) {
        boolean internal = access(get(actionId)).internal();
        List<Event> events = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT occurred_at, actor_name, kind, detail FROM action_event"
                        + " WHERE action_id = ?" + (internal ? "" : " AND NOT internal") + " ORDER BY occurred_at DESC, id DESC")
                .setParameter(1, actionId).setFirstResult(first).setMaxResults(pageSize).getResultList()) {
            Object[] r = (Object[]) o;
            events.add(new Event(((Timestamp) r[0]).toInstant(), (String) r[1], (String) r[2], (String) r[3]));
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
        recordEvent(actionId, "REPORTED", detail, true);
        figuresChanged(action.forumId());
    }

    /**
     * A report on the action was reviewed: milestones it named are reached on acceptance, the
     * history says so, the figures change. For the report component, as the reviewing moderator.
     */
    public void reviewed(@NotNull Long actionId, String kind, String detail, boolean internal, List<Long> milestones,
                         LocalDate on) {
        ActionView action = getForReview(actionId, "report.review");
        if (milestones != null) {
            markMilestones(actionId, milestones, on);
        }
        figuresChanged(action.forumId());
        recordEvent(actionId, kind, detail, internal);
    }

    /** Writes one line of an action's history, in the caller's transaction; it shows the caller's name, not e-mail. */
    private void recordEvent(long actionId, String kind, String detail, boolean internal) {
        em.createNativeQuery("INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail, internal)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, actionId).setParameter(2, clock.now())
                .setParameter(3, caller.isAuthenticated() ? caller.displayName() : "Sinergi")
                .setParameter(4, kind).setParameter(5, clip(detail, 1000)).setParameter(6, internal).executeUpdate();
    }

    /**
     * A forum's actions for the accountability page, paged in the database, in the document's order.
     * The page's ids are found first on the narrow index, then only its rows are read in full.
     */
    public List<ActionView> forForum(@NotNull Long forumId, @NotNull Filter filter, int first, int pageSize) {
        Query q = em.createNativeQuery("SELECT " + ActionView.COLUMNS + " FROM (SELECT a.id, r.position FROM action a"
                + " JOIN recommendation r ON r.id = a.recommendation_id WHERE a.forum_id = ?" + where(filter)
                + " ORDER BY r.position, a.recommendation_id, a.id LIMIT ? OFFSET ?) page JOIN action a ON a.id = page.id"
                + ActionView.JOINS + " ORDER BY page.position, a.recommendation_id, a.id");
        q.setParameter(1, forumId);
        int next = bind(q, filter, 2);
        q.setParameter(next, pageSize).setParameter(next + 1, first);
        return views(q);
    }

    /**
     * One recommendation's actions after {@code afterId}, in id order, straight off the index:
     * exports walk a forum's actions this way without sorting or skipping rows.
     */
    public List<ActionView> forRecommendation(@NotNull Long forumId, long recommendationId, long afterId, int limit) {
        return views(em.createNativeQuery("SELECT " + ActionView.COLUMNS + ActionView.FROM
                        + " WHERE a.forum_id = ? AND a.recommendation_id = ? AND a.id > ? ORDER BY a.id LIMIT ?")
                .setParameter(1, forumId).setParameter(2, recommendationId).setParameter(3, afterId).setParameter(4, limit));
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
        Query q = em.createNativeQuery("SELECT " + ActionView.COLUMNS + ActionView.FROM
                + " WHERE a.institution_id IN (" + SqlIds.list(covered) + ")" + mineWhere(filter)
                + " ORDER BY CASE WHEN a.overdue_since IS NOT NULL AND a.status IN " + ActionStatus.OPEN_SQL + " THEN 0"
                + " WHEN a.last_review = 'RETURNED' THEN 1"
                + " WHEN a.status IN " + ActionStatus.OPEN_SQL + " AND a.due_date <= ? THEN 2 ELSE 3 END, a.due_date, a.id");
        q.setParameter(1, clock.today().plusDays(7));
        return views(q.setFirstResult(first).setMaxResults(pageSize));
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

    // ---------------------------------------------------------------- assigning (moderators)

    /** The adopted recommendations of a forum that takes actions; moderators only. */
    public List<RecommendationView> assignable(@NotNull Long forumId) {
        Forum forum = forums.getModerated(forumId, "action.assign");
        return recommendations.forPublication(forum.getId()).stream()
                .filter(r -> r.status() == RecommendationStatus.ADOPTED).toList();
    }

    /** The leads who may answer for an institution: its own and those of the institutions above it. For assigning. */
    public List<LeadOption> leads(Long institutionId) {
        if (!caller.hasRole(Role.MODERATOR) && !caller.hasRole(Role.ADMIN)) {
            throw audit.refuse("action.leads", "Institution", institutionId, "forum.moderatorsOnly");
        }
        if (institutionId == null) {
            return List.of();
        }
        List<LeadOption> leads = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT u.id, u.name, i.name FROM app_user u JOIN user_role ur ON ur.user_id = u.id"
                        + " AND ur.role = 'INSTITUTION_LEAD' JOIN institution i ON i.id = u.institution_id WHERE u.active"
                        + " AND u.institution_id IN (WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM institution"
                        + " WHERE id = ? UNION ALL SELECT p.id, p.parent_id FROM institution p JOIN up ON p.id = up.parent_id)"
                        + " SELECT id FROM up) ORDER BY u.name LIMIT 200")
                .setParameter(1, institutionId).getResultList()) {
            Object[] r = (Object[]) o;
            leads.add(new LeadOption(ActionView.num(r[0]), (String) r[1], (String) r[2]));
        }
        return leads;
    }

    /** How many actions each recommendation has per institution, for the matrix. */
    public Map<Long, Map<Long, Integer>> matrixCounts(@NotNull Long forumId) {
        forums.getModerated(forumId, "action.assign");
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT recommendation_id, institution_id, COUNT(*) FROM action"
                + " WHERE forum_id = ? GROUP BY recommendation_id, institution_id").setParameter(1, forumId).getResultList()) {
            Object[] r = (Object[]) o;
            counts.computeIfAbsent(ActionView.num(r[0]), k -> new HashMap<>())
                    .put(ActionView.num(r[1]), (int) ActionView.num(r[2]));
        }
        return counts;
    }

    public long assign(@NotNull Long forumId, @NotNull @Valid ActionForm form) {
        Forum forum = assigningForum(forumId);
        requireAdopted(forum, form.getRecommendationId());
        institutions.get(form.getInstitutionId());
        requireLead(form.getLeadId(), form.getInstitutionId());
        List<ActionForm.Milestone> milestones = form.milestoneList();
        Action action = new Action(forumId, form.getRecommendationId(), form.getInstitutionId(), form.getLeadId(),
                form.getTitle().strip(), blankToNull(form.getDescription()), form.getDueDate(), caller.userId(), clock.now());
        em.persist(action);
        em.flush();
        saveMilestones(action.getId(), milestones);
        recordEvent(action.getId(), "ASSIGNED", institutionName(form.getInstitutionId()) + " · " + form.getDueDate(), false);
        figuresChanged(forumId);
        audit.record("action.assign", "Action", action.getId(), action.getTitle());
        return action.getId();
    }

    /**
     * Assigns one action per chosen cell of the matrix, titled like its recommendation, all due
     * on {@code dueDate}; returns how many were created. Cells that already have an action are
     * assigned again only if chosen again: the matrix shows the counts.
     */
    public int assignMatrix(@NotNull Long forumId, @NotNull List<Cell> cells, @NotNull LocalDate dueDate) {
        Forum forum = assigningForum(forumId);
        if (cells.isEmpty()) {
            throw new BusinessException("action.matrixEmpty");
        }
        if (cells.size() > MATRIX_MAX) {
            throw new BusinessException("action.matrixTooLarge", MATRIX_MAX);
        }
        Map<Long, RecommendationView> adopted = recommendations.forPublication(forumId).stream()
                .filter(r -> r.status() == RecommendationStatus.ADOPTED)
                .collect(Collectors.toMap(RecommendationView::id, r -> r));
        Set<Long> known = institutions.findAll().stream().map(i -> i.getId()).collect(Collectors.toSet());
        int created = 0;
        for (Cell cell : Set.copyOf(cells)) {
            RecommendationView recommendation = adopted.get(cell.recommendationId());
            if (recommendation == null) {
                throw new BusinessException("action.recommendationNotAdopted");
            }
            if (!known.contains(cell.institutionId())) {
                throw new NotFoundException("institution.notFound");
            }
            Action action = new Action(forumId, cell.recommendationId(), cell.institutionId(), null,
                    clip(recommendation.title(), Action.TITLE_MAX), null, dueDate, caller.userId(), clock.now());
            em.persist(action);
            em.flush();
            recordEvent(action.getId(), "ASSIGNED", institutionName(cell.institutionId()) + " · " + dueDate, false);
            created++;
        }
        figuresChanged(forumId);
        audit.record("action.assignMatrix", "Forum", forum.getId(), created + " actions due " + dueDate);
        return created;
    }

    /** The form to change an action, filled in; moderators only. */
    public ActionForm formOf(@NotNull Long actionId) {
        ActionView view = getForReview(actionId, "action.edit");
        ActionForm form = new ActionForm();
        form.setRecommendationId(view.recommendationId());
        form.setInstitutionId(view.institutionId());
        form.setLeadId(view.leadId());
        form.setTitle(view.title());
        form.setDescription(view.description());
        form.setDueDate(view.dueDate());
        form.setMilestones(milestones(actionId).stream()
                .map(m -> m.title() + (m.dueDate() == null ? "" : " | " + m.dueDate()))
                .collect(Collectors.joining("\n")));
        return form;
    }

    /** Changes an action; a new due date clears its reminders and its overdue mark. Moderators only. */
    public void edit(@NotNull Long actionId, @NotNull @Valid ActionForm form) {
        ActionView view = getForReview(actionId, "action.edit");
        Forum forum = assigningForum(view.forumId());
        Action action = em.find(Action.class, actionId);
        institutions.get(form.getInstitutionId());
        requireLead(form.getLeadId(), form.getInstitutionId());
        List<ActionForm.Milestone> milestones = form.milestoneList();
        List<String> changes = new ArrayList<>();
        if (!action.getTitle().equals(form.getTitle().strip())) changes.add("title");
        if (!Objects.equals(action.getDescription(), blankToNull(form.getDescription()))) changes.add("description");
        if (!action.getInstitutionId().equals(form.getInstitutionId())) changes.add("institution: " + institutionName(form.getInstitutionId()));
        if (!Objects.equals(action.getLeadId(), form.getLeadId())) changes.add("lead");
        boolean newDate = !action.getDueDate().equals(form.getDueDate());
        if (newDate) changes.add("due: " + action.getDueDate() + " → " + form.getDueDate());
        action.change(form.getInstitutionId(), form.getLeadId(), form.getTitle().strip(), blankToNull(form.getDescription()),
                form.getDueDate(), clock.now());
        em.flush();
        if (newDate) {
            em.createNativeQuery("DELETE FROM action_reminder WHERE action_id = ?").setParameter(1, actionId).executeUpdate();
            em.createNativeQuery("UPDATE action SET overdue_since = NULL WHERE id = ? AND due_date >= ?")
                    .setParameter(1, actionId).setParameter(2, clock.today()).executeUpdate();
        }
        List<Milestone> before = milestones(actionId);
        if (!before.stream().map(m -> new ActionForm.Milestone(m.title(), m.dueDate())).toList().equals(milestones)) {
            changes.add("milestones");
            Map<String, LocalDate> reached = before.stream().filter(m -> m.reachedOn() != null)
                    .collect(Collectors.toMap(Milestone::title, Milestone::reachedOn, (a, b) -> a));
            em.createNativeQuery("DELETE FROM action_milestone WHERE action_id = ?").setParameter(1, actionId).executeUpdate();
            saveMilestones(actionId, milestones);
            reached.forEach((title, on) -> em.createNativeQuery("UPDATE action_milestone SET reached_on = ?"
                    + " WHERE action_id = ? AND title = ?").setParameter(1, on).setParameter(2, actionId).setParameter(3, title)
                    .executeUpdate());
        }
        if (changes.isEmpty()) {
            return;
        }
        recordEvent(actionId, "CHANGED", String.join("; ", changes), false);
        figuresChanged(view.forumId());
        audit.record("action.edit", "Action", actionId, forum.getSlug() + ": " + String.join("; ", changes));
    }

    /**
     * Tells every node that the forum's figures changed: cached accountability figures of an older
     * version are recomputed on their next read. In the caller's transaction.
     */
    private void figuresChanged(long forumId) {
        em.createNativeQuery("INSERT INTO action_figures_version (forum_id, version) VALUES (?, 1)"
                + " ON DUPLICATE KEY UPDATE version = version + 1").setParameter(1, forumId).executeUpdate();
    }

    /** Marks milestones reached (or not) as part of an accepted report. */
    private void markMilestones(long actionId, List<Long> reachedIds, LocalDate on) {
        em.createNativeQuery("UPDATE action_milestone SET reached_on = CASE WHEN id IN (" + SqlIds.list(reachedIds.isEmpty()
                        ? List.of(-1L) : reachedIds) + ") THEN COALESCE(reached_on, ?) ELSE NULL END WHERE action_id = ?")
                .setParameter(1, on).setParameter(2, actionId).executeUpdate();
    }

    /** Whether the forum takes reports now: published or in follow-up, not closed. */
    public static boolean takesReports(ForumPhase phase) {
        return phase == ForumPhase.PUBLISHED || phase == ForumPhase.FOLLOW_UP;
    }

    private Forum assigningForum(Long forumId) {
        Forum forum = forums.getModerated(forumId, "action.assign");
        if (!takesReports(forum.getPhase())) {
            throw new BusinessException("action.notNow");
        }
        return forum;
    }

    private void requireAdopted(Forum forum, Long recommendationId) {
        boolean adopted = recommendations.forPublication(forum.getId()).stream()
                .anyMatch(r -> r.id().equals(recommendationId) && r.status() == RecommendationStatus.ADOPTED);
        if (!adopted) {
            throw new BusinessException("action.recommendationNotAdopted");
        }
    }

    private void requireLead(Long leadId, Long institutionId) {
        if (leadId != null && leads(institutionId).stream().noneMatch(l -> l.id() == leadId)) {
            throw new BusinessException("action.leadNotOfInstitution");
        }
    }

    private void saveMilestones(long actionId, List<ActionForm.Milestone> milestones) {
        int position = 0;
        for (ActionForm.Milestone m : milestones) {
            em.createNativeQuery("INSERT INTO action_milestone (action_id, position, title, due_date) VALUES (?, ?, ?, ?)")
                    .setParameter(1, actionId).setParameter(2, position++).setParameter(3, m.title())
                    .setParameter(4, m.dueDate()).executeUpdate();
        }
    }

    private String institutionName(Long id) {
        var institution = institutions.get(id);
        return institution.getShortName() == null ? institution.getName() : institution.getShortName();
    }

    @SuppressWarnings("unchecked")
    private static List<ActionView> views(Query q) {
        return ((List<Object[]>) q.getResultList()).stream().map(ActionView::of).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
