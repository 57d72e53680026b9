package id.sinergi.action;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.NativeRows;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Commitments that outlive their forum. When a forum's follow-up ends or the organiser's next forum
 * starts, each unfinished action of the earlier forum is either carried over (a new action in the
 * newer forum, with the accepted status and progress it had, linked both ways; the old one becomes
 * {@link ActionStatus#CARRIED_OVER} and keeps its history) or closed with a reason everyone can read.
 * Only moderators of the forums involved, and each action only once.
 */
@Stateless
public class CarryOverService {

    public static final int REASON_MIN = 10;
    public static final int REASON_MAX = 1_000;

    /** Another forum of the same organiser (earlier or newer), with how many of its actions are unfinished. */
    public record Source(long forumId, String slug, String title, Instant startsAt, long unfinished) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private ActionService actions;

    @Inject
    private ActionHistory history;

    @Inject
    private AuditService audit;

    @Inject
    private AppClock clock;

    /**
     * The organiser's earlier forums whose follow-up is public (published or later) and that the
     * caller moderates too, newest first: where the target forum's unfinished inheritance comes from.
     */
    public List<Source> sources(@NotNull Long targetForumId) {
        return organisersOtherForums(forums.getModerated(targetForumId, "action.carryOver"), true);
    }

    /**
     * The organiser's newer forums, not closed, that the caller moderates too (newest first): seen from
     * the earlier forum, where its unfinished actions can be carried. The forum's moderators only.
     */
    public List<Source> targets(@NotNull Long sourceForumId) {
        return organisersOtherForums(forums.getModerated(sourceForumId, "action.carryOver"), false);
    }

    /** The same organiser's earlier (public follow-up) or newer (not closed) forums the caller also moderates. */
    private List<Source> organisersOtherForums(Forum forum, boolean earlier) {
        if (forum.getOrganiser() == null) {
            return List.of();
        }
        List<Source> list = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT f.id, f.slug, f.title, COALESCE(f.starts_at, f.created_at) AS starts_at,"
                        + " (SELECT COUNT(*) FROM action a WHERE a.forum_id = f.id AND a.status IN " + ActionStatus.OPEN_SQL + ") AS unfinished"
                        + " FROM shared_forum f WHERE f.organiser_id = ? AND f.id <> ? AND COALESCE(f.starts_at, f.created_at) "
                        + (earlier ? "< ? AND f.phase IN " + ActionService.PUBLIC_PHASES_SQL : "> ? AND f.phase <> 'CLOSED'")
                        + " ORDER BY COALESCE(f.starts_at, f.created_at) DESC, f.id DESC LIMIT 50",
                forum.getOrganiser().getId(), forum.getId(), start(forum))) {
            if (forums.canModerate(forums.get(r.id("id")))) {
                list.add(new Source(r.id("id"), r.string("slug"), r.string("title"), r.instant("starts_at"), r.count("unfinished")));
            }
        }
        return list;
    }

    /** The source forum's unfinished actions (open, not carried over), in the document's order, paged. */
    public List<ActionView> unfinished(@NotNull Long sourceForumId, @NotNull Long targetForumId, int first, int pageSize) {
        pair(sourceForumId, targetForumId);
        return actions.forForum(sourceForumId, ActionService.Filter.OPEN_ONLY, first, pageSize);
    }

    public long countUnfinished(@NotNull Long sourceForumId, @NotNull Long targetForumId) {
        pair(sourceForumId, targetForumId);
        return actions.countForForum(sourceForumId, ActionService.Filter.OPEN_ONLY);
    }

    /**
     * Carries one unfinished action over to the newer forum with a new due date; returns the new
     * action's id. Refused when the action is finished, already carried over, or has a report
     * waiting for review (review it first, so the figures carried are the accepted ones).
     */
    public long carryOver(@NotNull Long actionId, @NotNull Long targetForumId, @NotNull LocalDate dueDate) {
        ActionView action = actions.get(actionId);
        Forum target = pair(action.forumId(), targetForumId);
        if (action.carriedTo() != null) {
            throw new ConflictException("carryOver.already");
        }
        requireUnfinished(action);
        if (dueDate.isBefore(clock.today())) {
            throw new BusinessException("carryOver.duePast");
        }
        Instant now = clock.now();
        // claims the action: of two moderators at once, the second finds nothing left to claim
        int claimed = em.createNativeQuery("UPDATE action SET status = 'CARRIED_OVER', updated_at = ?, version = version + 1"
                        + " WHERE id = ? AND status = ? AND progress = ? AND pending_reports = 0 AND carried_to_id IS NULL")
                .setParameter(1, now).setParameter(2, actionId).setParameter(3, action.status().name())
                .setParameter(4, action.progress()).executeUpdate();
        if (claimed == 0) {
            throw new ConflictException("carryOver.changed");
        }
        em.createNativeQuery("INSERT INTO action (forum_id, recommendation_id, institution_id, lead_id, title, description,"
                        + " due_date, status, progress, last_review, last_reported_at, carried_from_id, created_by, created_at, updated_at)"
                        + " SELECT ?, recommendation_id, institution_id, lead_id, title, description, ?, ?, progress, last_review,"
                        + " last_reported_at, id, ?, ?, ? FROM action WHERE id = ?")
                .setParameter(1, targetForumId).setParameter(2, dueDate).setParameter(3, action.status().name())
                .setParameter(4, caller.userId()).setParameter(5, now).setParameter(6, now).setParameter(7, actionId)
                .executeUpdate();
        long newId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        em.createNativeQuery("UPDATE action SET carried_to_id = ? WHERE id = ?").setParameter(1, newId).setParameter(2, actionId)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO action_milestone (action_id, position, title, due_date)"
                        + " SELECT ?, position, title, due_date FROM action_milestone WHERE action_id = ? AND reached_on IS NULL")
                .setParameter(1, newId).setParameter(2, actionId).executeUpdate();
        history.recordEvent(actionId, "CARRIED_OVER", target.getTitle() + " · " + dueDate, false);
        history.recordEvent(newId, "CARRIED_IN", action.forumTitle() + " · " + action.status().name() + " " + action.progress()
                + "% · " + dueDate, false);
        history.figuresChanged(action.forumId());
        history.figuresChanged(targetForumId);
        audit.record("action.carryOver", "Action", actionId, "to action " + newId + " in forum " + targetForumId);
        return newId;
    }

    /**
     * Closes an unfinished action for good with a reason shown publicly on the action, the forum's
     * accountability page and the institution's page: it becomes cancelled, nothing more is expected.
     * The forum's moderators, once its recommendations are published.
     */
    public void close(@NotNull Long actionId, String reason) {
        ActionView action = actions.get(actionId);
        Forum forum = forums.get(action.forumId());
        if (!forums.canModerate(forum)) {
            throw audit.refuse("action.close", "Action", actionId, "forum.moderatorsOnly");
        }
        requirePublished(forum);
        requireUnfinished(action);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new BusinessException("carryOver.reasonRequired");
        }
        if (text.length() < REASON_MIN || text.length() > REASON_MAX) {
            throw new BusinessException("carryOver.reasonLength");
        }
        int closed = em.createNativeQuery("UPDATE action SET status = 'CANCELLED', closed_reason = ?, updated_at = ?,"
                        + " version = version + 1 WHERE id = ? AND status IN " + ActionStatus.OPEN_SQL + " AND pending_reports = 0")
                .setParameter(1, text).setParameter(2, clock.now()).setParameter(3, actionId).executeUpdate();
        if (closed == 0) {
            throw new ConflictException("carryOver.changed");
        }
        history.recordEvent(actionId, "CLOSED", text, false);
        history.figuresChanged(action.forumId());
        audit.record("action.close", "Action", actionId, ActionService.clip(text, 200));
    }

    /**
     * The source and target forum of a carry-over, checked: the caller moderates both, they have the
     * same organiser, the source is older and its follow-up public, the target is not closed.
     */
    private Forum pair(Long sourceForumId, Long targetForumId) {
        Forum source = forums.get(sourceForumId);
        Forum target = forums.get(targetForumId);
        if (!forums.canModerate(source) || !forums.canModerate(target)) {
            throw audit.refuse("action.carryOver", "Forum", targetForumId, "forum.moderatorsOnly");
        }
        requirePublished(source);
        if (source.getId().equals(target.getId()) || source.getOrganiser() == null || target.getOrganiser() == null
                || !source.getOrganiser().getId().equals(target.getOrganiser().getId())) {
            throw new BusinessException("carryOver.otherOrganiser");
        }
        if (!start(source).isBefore(start(target))) {
            throw new BusinessException("carryOver.notNewer");
        }
        if (target.getPhase() == ForumPhase.CLOSED) {
            throw new BusinessException("carryOver.targetClosed");
        }
        return target;
    }

    private static void requirePublished(Forum forum) {
        if (forum.getPhase().ordinal() < ForumPhase.PUBLISHED.ordinal()) {
            throw new BusinessException("carryOver.notPublished");
        }
    }

    private static void requireUnfinished(ActionView action) {
        if (action.status() == ActionStatus.CARRIED_OVER) {
            throw new ConflictException("carryOver.already");
        }
        if (!action.status().isOpen()) {
            throw new ConflictException("carryOver.finished");
        }
        if (action.pendingReports() > 0) {
            throw new ConflictException("carryOver.pendingReport");
        }
    }

    private static Instant start(Forum forum) {
        return forum.getStartsAt() != null ? forum.getStartsAt() : forum.getCreatedAt();
    }
}
