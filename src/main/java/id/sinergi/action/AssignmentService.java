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
 * Assigning actions to institutions (one at a time, or a whole matrix of recommendations and
 * institutions) and changing them: the forum's moderators, while the forum takes reports.
 */
@Stateless
public class AssignmentService {

    /** At most this many cells are assigned in one matrix submission. */
    public static final int MATRIX_MAX = 500;

    public record LeadOption(long id, String name, String institution) implements Serializable {
    }

    public record Cell(long recommendationId, long institutionId) implements Serializable {
    }

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
    private ActionService actions;

    @Inject
    private ActionHistory history;


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
        for (NativeRows.Row r : NativeRows.query(em, "SELECT u.id, u.name, i.name AS institution FROM shared_user u"
                        + " JOIN shared_user_role ur ON ur.user_id = u.id"
                        + " AND ur.role = 'INSTITUTION_LEAD' JOIN shared_institution i ON i.id = u.institution_id WHERE u.active"
                        + " AND u.institution_id IN (WITH RECURSIVE up (id, parent_id) AS (SELECT id, parent_id FROM shared_institution"
                        + " WHERE id = ? UNION ALL SELECT p.id, p.parent_id FROM shared_institution p JOIN up ON p.id = up.parent_id)"
                        + " SELECT id FROM up) ORDER BY u.name LIMIT 200", institutionId)) {
            leads.add(new LeadOption(r.id("id"), r.string("name"), r.string("institution")));
        }
        return leads;
    }

    /** How many actions each recommendation has per institution, for the matrix. */
    public Map<Long, Map<Long, Integer>> matrixCounts(@NotNull Long forumId) {
        forums.getModerated(forumId, "action.assign");
        Map<Long, Map<Long, Integer>> counts = new HashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT recommendation_id, institution_id, COUNT(*) AS actions FROM action"
                + " WHERE forum_id = ? GROUP BY recommendation_id, institution_id", forumId)) {
            counts.computeIfAbsent(r.id("recommendation_id"), k -> new HashMap<>())
                    .put(r.id("institution_id"), r.integer("actions"));
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
        history.recordEvent(action.getId(), "ASSIGNED", institutionName(form.getInstitutionId()) + " · " + form.getDueDate(), false);
        history.figuresChanged(forumId);
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
                    ActionService.clip(recommendation.title(), Action.TITLE_MAX), null, dueDate, caller.userId(), clock.now());
            em.persist(action);
            em.flush();
            history.recordEvent(action.getId(), "ASSIGNED", institutionName(cell.institutionId()) + " · " + dueDate, false);
            created++;
        }
        history.figuresChanged(forumId);
        audit.record("action.assignMatrix", "Forum", forum.getId(), created + " actions due " + dueDate);
        return created;
    }

    /** The form to change an action, filled in; moderators only. */
    public ActionForm formOf(@NotNull Long actionId) {
        ActionView view = actions.getForReview(actionId, "action.edit");
        ActionForm form = new ActionForm();
        form.setRecommendationId(view.recommendationId());
        form.setInstitutionId(view.institutionId());
        form.setLeadId(view.leadId());
        form.setTitle(view.title());
        form.setDescription(view.description());
        form.setDueDate(view.dueDate());
        form.setMilestones(actions.milestones(actionId).stream()
                .map(m -> m.title() + (m.dueDate() == null ? "" : " | " + m.dueDate()))
                .collect(Collectors.joining("\n")));
        return form;
    }

    /** Changes an action; a new due date clears its reminders and its overdue mark. Moderators only. */
    public void edit(@NotNull Long actionId, @NotNull @Valid ActionForm form) {
        ActionView view = actions.getForReview(actionId, "action.edit");
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
        List<ActionService.Milestone> before = actions.milestones(actionId);
        if (!before.stream().map(m -> new ActionForm.Milestone(m.title(), m.dueDate())).toList().equals(milestones)) {
            changes.add("milestones");
            Map<String, LocalDate> reached = before.stream().filter(m -> m.reachedOn() != null)
                    .collect(Collectors.toMap(ActionService.Milestone::title, ActionService.Milestone::reachedOn, (a, b) -> a));
            em.createNativeQuery("DELETE FROM action_milestone WHERE action_id = ?").setParameter(1, actionId).executeUpdate();
            saveMilestones(actionId, milestones);
            reached.forEach((title, on) -> em.createNativeQuery("UPDATE action_milestone SET reached_on = ?"
                    + " WHERE action_id = ? AND title = ?").setParameter(1, on).setParameter(2, actionId).setParameter(3, title)
                    .executeUpdate());
        }
        if (changes.isEmpty()) {
            return;
        }
        history.recordEvent(actionId, "CHANGED", String.join("; ", changes), false);
        history.figuresChanged(view.forumId());
        audit.record("action.edit", "Action", actionId, forum.getSlug() + ": " + String.join("; ", changes));
    }

    private Forum assigningForum(Long forumId) {
        Forum forum = forums.getModerated(forumId, "action.assign");
        if (!ActionService.takesReports(forum.getPhase())) {
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
