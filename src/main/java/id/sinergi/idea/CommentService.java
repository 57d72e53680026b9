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
 * The discussion under an idea: comments with one level of replies, newest or oldest first, paged.
 * Hidden comments keep their place; their text only for moderators and their author.
 */
@Stateless
public class CommentService {

    private static final String COMMENT = "SELECT c.id, c.parent_id, u.name, c.body, c.status, c.hidden_reason, c.author_id,"
            + " c.created_at FROM idea_comment c JOIN shared_user u ON u.id = c.author_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private IdeaRules rules;

    @Inject
    private Event<IdeaBoardChanged> changed;


    /** One page of an idea's comments (newest or oldest first), each with its replies, in two queries. */
    public List<CommentView> comments(@NotNull Long ideaId, boolean newestFirst, int first, int pageSize) {
        Idea idea = rules.find(ideaId);
        IdeaRules.Viewer viewer = rules.viewer(rules.readableForum(idea.getForumId()));
        String order = newestFirst ? " ORDER BY c.created_at DESC, c.id DESC" : " ORDER BY c.created_at, c.id";
        List<NativeRows.Row> top = NativeRows.query(em, COMMENT + " WHERE c.idea_id = ? AND c.parent_id IS NULL" + order
                + " LIMIT ? OFFSET ?", ideaId, pageSize, first);
        if (top.isEmpty()) {
            return List.of();
        }
        String ids = SqlIds.list(top.stream().map(r -> r.id("id")).toList());
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, COMMENT + " WHERE c.parent_id IN (" + ids + ") ORDER BY c.created_at, c.id")) {
            CommentView reply = comment(r, viewer, List.of());
            replies.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply);
        }
        return top.stream().map(r -> comment(r, viewer, replies.getOrDefault(r.id("id"), List.of()))).toList();
    }

    public long countComments(@NotNull Long ideaId) {
        Idea idea = rules.find(ideaId);
        rules.readableForum(idea.getForumId());
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM idea_comment WHERE idea_id = ? AND parent_id IS NULL")
                .setParameter(1, ideaId).getSingleResult()).longValue();
    }

    public IdeaComment comment(@NotNull Long ideaId, Long parentId,
                               @NotBlank(message = "{validation.required}") @Size(max = IdeaComment.BODY_MAX) String body) {
        Idea idea = rules.find(ideaId);
        Forum forum = rules.contributableForum(idea.getForumId(), "idea.comment");
        if (idea.getStatus() != IdeaStatus.VISIBLE) {
            throw new BusinessException("idea.notCommentable");
        }
        rules.lock(ideaId);
        if (parentId != null) {
            IdeaComment parent = em.find(IdeaComment.class, parentId);
            if (parent == null || !parent.getIdeaId().equals(ideaId) || parent.getParentId() != null) {
                throw new BusinessException("comment.replyOnlyToComment");
            }
        }
        IdeaComment comment = new IdeaComment(ideaId, parentId, caller.userId(), body.strip());
        em.persist(comment);
        em.createNativeQuery("UPDATE idea SET comment_count = comment_count + 1 WHERE id = ?").setParameter(1, ideaId)
                .executeUpdate();
        em.flush();
        audit.record("comment.post", "Idea", ideaId, null);
        changed.fire(new IdeaBoardChanged(forum.getId()));
        return comment;
    }

    private static CommentView comment(NativeRows.Row r, IdeaRules.Viewer viewer, List<CommentView> replies) {
        boolean hidden = "HIDDEN".equals(r.string("status"));
        boolean mine = r.id("author_id") == (viewer.userId() == null ? -1 : viewer.userId());
        String body = hidden && !viewer.moderator() && !mine ? null : r.string("body");
        return new CommentView(r.id("id"), r.longOrNull("parent_id"), r.string("name"), body, hidden,
                viewer.moderator() || mine ? r.string("hidden_reason") : null, mine, r.instant("created_at"), replies);
    }
}
