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
import jakarta.enterprise.context.ApplicationScoped;
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
 * What the idea component's services check alike: the idea or comment exists, the caller may read
 * or contribute to its forum, moderates it; plus the row lock writers of one idea queue on. Package
 * only: each service method calls these first, none of them is a way around the checks.
 */
@ApplicationScoped
class IdeaRules {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private AuditService audit;

    Idea find(Long ideaId) {
        Idea idea = ideaId == null ? null : em.find(Idea.class, ideaId);
        if (idea == null) {
            throw new NotFoundException("idea.notFound");
        }
        return idea;
    }

    IdeaComment findComment(Long commentId) {
        IdeaComment comment = commentId == null ? null : em.find(IdeaComment.class, commentId);
        if (comment == null) {
            throw new NotFoundException("comment.notFound");
        }
        return comment;
    }

    /**
     * Takes the idea's row lock before writing rows that point to it: the foreign-key check of
     * such an insert share-locks the idea, and two of them upgrading to update its counters
     * would deadlock. Writers of one idea queue here instead.
     */
    void lock(Long ideaId) {
        em.createNativeQuery("SELECT id FROM idea WHERE id = ? FOR UPDATE").setParameter(1, ideaId).getResultList();
    }

    String link(Idea idea) {
        return "/f/" + forums.get(idea.getForumId()).getSlug() + "/ideas/" + idea.getId();
    }

    /** The forum, if the caller may read it (public, or a member, or a moderator). */
    Forum readableForum(Long forumId) {
        return forums.getVisible(forumId);
    }

    /** The forum, if the caller may contribute to it now: logged in, allowed in, and the forum open. */
    Forum contributableForum(Long forumId, String action) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse(action, "Forum", forumId, "error.unauthenticated");
        }
        Forum forum = readableForum(forumId);
        requireOpen(forum);
        forums.ensureMember(forum);
        return forum;
    }

    static void requireOpen(Forum forum) {
        if (!forum.getPhase().acceptsContributions()) {
            throw new BusinessException("idea.forumNotOpen");
        }
    }

    void requireModerator(Long forumId, String action) {
        Forum forum = forums.get(forumId);
        if (!forums.canModerate(forum)) {
            throw audit.refuse(action, "Forum", forumId, "forum.moderatorsOnly");
        }
    }

    void resolveReports(String column, Long id) {
        em.createNativeQuery("UPDATE content_report SET resolved_at = ? WHERE " + column + " = ? AND resolved_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, id).executeUpdate();
    }

    record Viewer(Long userId, boolean moderator, boolean seesCounts) {
    }

    Viewer viewer(Forum forum) {
        boolean moderator = forums.canModerate(forum);
        return new Viewer(caller.userId(), moderator, moderator || forum.supportCountsShown());
    }
}
