package id.sinergi.idea;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.SqlIds;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reports and moderation: anyone who reads a forum may report an idea or a comment; its moderators
 * see the reported items first and hide, restore or merge them, and the authors are told why.
 */
@Stateless
public class ModerationService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private IdeaRules rules;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<IdeaBoardChanged> changed;

    /** Anyone logged in who can read the forum may report an idea or a comment, with a reason. */
    public void report(Long ideaId, Long commentId, @NotBlank(message = "{validation.required}")
                       @Size(max = Idea.REASON_MAX) String reason) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse("idea.report", "Idea", ideaId, "error.unauthenticated");
        }
        Long forumId;
        if (commentId != null) {
            IdeaComment comment = rules.findComment(commentId);
            forumId = rules.find(comment.getIdeaId()).getForumId();
            em.createNativeQuery("UPDATE idea_comment SET open_reports = open_reports + 1 WHERE id = ?")
                    .setParameter(1, commentId).executeUpdate();
        } else {
            forumId = rules.find(ideaId).getForumId();
            em.createNativeQuery("UPDATE idea SET open_reports = open_reports + 1 WHERE id = ?")
                    .setParameter(1, ideaId).executeUpdate();
        }
        rules.readableForum(forumId);
        em.createNativeQuery("INSERT INTO content_report (forum_id, idea_id, comment_id, reporter_id, reason, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, forumId).setParameter(2, commentId == null ? ideaId : null).setParameter(3, commentId)
                .setParameter(4, caller.userId()).setParameter(5, reason.strip()).setParameter(6, Instant.now())
                .executeUpdate();
        audit.record("idea.report", commentId == null ? "Idea" : "Comment", commentId == null ? ideaId : commentId, reason);
    }


    /** Reported ideas and comments of the forum, most reported first. */
    public List<FlaggedItem> reported(@NotNull Long forumId) {
        rules.requireModerator(forumId, "moderation.read");
        List<FlaggedItem> result = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em,
                "SELECT i.id AS idea_id, NULL AS comment_id, i.title, i.body, i.open_reports,"
                        + " (SELECT reason FROM content_report x WHERE x.idea_id = i.id AND x.resolved_at IS NULL ORDER BY x.id DESC LIMIT 1) AS reason,"
                        + " (SELECT MAX(created_at) FROM content_report x WHERE x.idea_id = i.id AND x.resolved_at IS NULL) AS reported_at"
                        + " FROM idea i WHERE i.forum_id = ? AND i.open_reports > 0"
                        + " UNION ALL SELECT c.idea_id, c.id, i.title, c.body, c.open_reports,"
                        + " (SELECT reason FROM content_report x WHERE x.comment_id = c.id AND x.resolved_at IS NULL ORDER BY x.id DESC LIMIT 1),"
                        + " (SELECT MAX(created_at) FROM content_report x WHERE x.comment_id = c.id AND x.resolved_at IS NULL)"
                        + " FROM idea_comment c JOIN idea i ON i.id = c.idea_id WHERE i.forum_id = ? AND c.open_reports > 0"
                        + " ORDER BY 5 DESC LIMIT 200", forumId, forumId)) {
            String body = r.string("body");
            result.add(new FlaggedItem(r.id("idea_id"), r.longOrNull("comment_id"), r.string("title"),
                    body.length() > 200 ? body.substring(0, 200) + "…" : body, r.integer("open_reports"),
                    r.string("reason"), r.instant("reported_at")));
        }
        return result;
    }

    public void hide(@NotNull Long ideaId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        Idea idea = rules.find(ideaId);
        rules.requireModerator(idea.getForumId(), "idea.hide");
        idea.hide(reason.strip());
        rules.resolveReports("idea_id", ideaId);
        notifications.notify(idea.getAuthorId(), "notification.ideaHidden", "\u201c" + idea.getTitle() + "\u201d: " + reason.strip(),
                rules.link(idea));
        audit.record("idea.hide", "Idea", ideaId, reason);
        changed.fire(new IdeaBoardChanged(idea.getForumId()));
    }

    public void restore(@NotNull Long ideaId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        Idea idea = rules.find(ideaId);
        rules.requireModerator(idea.getForumId(), "idea.restore");
        if (idea.getStatus() == IdeaStatus.MERGED || idea.getStatus() == IdeaStatus.WITHDRAWN) {
            throw new BusinessException("idea.notRestorable");
        }
        idea.restore();
        rules.resolveReports("idea_id", ideaId);
        notifications.notify(idea.getAuthorId(), "notification.ideaRestored", "\u201c" + idea.getTitle() + "\u201d: " + reason.strip(),
                rules.link(idea));
        audit.record("idea.restore", "Idea", ideaId, reason);
        changed.fire(new IdeaBoardChanged(idea.getForumId()));
    }

    public void hideComment(@NotNull Long commentId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        IdeaComment comment = rules.findComment(commentId);
        Idea idea = rules.find(comment.getIdeaId());
        rules.requireModerator(idea.getForumId(), "comment.hide");
        comment.hide(reason.strip());
        rules.resolveReports("comment_id", commentId);
        notifications.notify(comment.getAuthorId(), "notification.commentHidden", reason.strip(), rules.link(idea));
        audit.record("comment.hide", "Comment", commentId, reason);
    }

    public void restoreComment(@NotNull Long commentId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        IdeaComment comment = rules.findComment(commentId);
        Idea idea = rules.find(comment.getIdeaId());
        rules.requireModerator(idea.getForumId(), "comment.restore");
        comment.restore();
        rules.resolveReports("comment_id", commentId);
        notifications.notify(comment.getAuthorId(), "notification.commentRestored", reason.strip(), rules.link(idea));
        audit.record("comment.restore", "Comment", commentId, reason);
    }

    /**
     * Merges a duplicate into another idea of the same forum: the target gets every supporter of
     * both, each person once; the duplicate stays readable and points to the target.
     */
    public Idea merge(@NotNull Long sourceId, @NotNull Long targetId) {
        Idea source = rules.find(sourceId);
        Idea target = rules.find(targetId);
        rules.requireModerator(source.getForumId(), "idea.merge");
        if (sourceId.equals(targetId) || !source.getForumId().equals(target.getForumId())) {
            throw new BusinessException("idea.mergeSameForum");
        }
        if (source.getStatus() == IdeaStatus.MERGED || target.getStatus() != IdeaStatus.VISIBLE) {
            throw new BusinessException("idea.mergeNotPossible");
        }
        em.createNativeQuery("INSERT IGNORE INTO idea_support (idea_id, user_id, created_at)"
                        + " SELECT ?, user_id, created_at FROM idea_support WHERE idea_id = ?")
                .setParameter(1, targetId).setParameter(2, sourceId).executeUpdate();
        em.createNativeQuery("UPDATE idea SET support_count = (SELECT COUNT(*) FROM idea_support WHERE idea_id = ?) WHERE id = ?")
                .setParameter(1, targetId).setParameter(2, targetId).executeUpdate();
        source.mergeInto(targetId);
        rules.resolveReports("idea_id", sourceId);
        notifications.notify(source.getAuthorId(), "notification.ideaMerged", "\u201c" + source.getTitle() + "\u201d \u2192 \u201c"
                + target.getTitle() + "\u201d", rules.link(target));
        audit.record("idea.merge", "Idea", sourceId, "merged into " + targetId);
        changed.fire(new IdeaBoardChanged(source.getForumId()));
        em.flush();
        em.refresh(target);
        return target;
    }
}
