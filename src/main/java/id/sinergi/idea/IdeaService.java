package id.sinergi.idea;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NotFoundException;
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

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ideas, supports, comments, reports and moderation. Every operation checks the forum's phase
 * and the caller's place in the forum here, so the pages and the API refuse the same things.
 */
@Stateless
public class IdeaService {

    private static final String ROW = "SELECT i.id, i.forum_id, i.theme_id, t.name, i.title, i.body, i.anonymous, u.name,"
            + " i.author_id, i.status, i.merged_into_id, i.hidden_reason, i.support_count, i.comment_count,"
            + " i.open_reports, i.created_at FROM idea i JOIN theme t ON t.id = i.theme_id JOIN app_user u ON u.id = i.author_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private Event<IdeaBoardChanged> changed;

    // ---------------------------------------------------------------- reading

    /**
     * One page of the board, with the caller's supports, in three queries whatever the page size:
     * the page's ids from the index alone (a deep page skips index entries, not rows), then
     * those rows with their theme and author, then the caller's supports among them.
     */
    public List<IdeaView> board(@NotNull Forum forum, @NotNull BoardQuery query, int first, int pageSize) {
        forums.getVisible(forum.getId());
        Viewer viewer = viewer(forum);
        List<Object> params = new ArrayList<>();
        String where = where(forum, query, viewer, params);
        boolean bySupport = query.sort() == BoardQuery.Sort.MOST_SUPPORTED && viewer.seesCounts();
        String order = bySupport ? " ORDER BY i.support_count DESC, i.id DESC" : " ORDER BY i.created_at DESC, i.id DESC";
        Query ids = em.createNativeQuery("SELECT i.id FROM idea i" + where + order + " LIMIT ? OFFSET ?");
        bind(ids, params);
        ids.setParameter(params.size() + 1, pageSize).setParameter(params.size() + 2, first);
        List<?> page = ids.getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        String in = SqlIds.list(page);
        List<Object[]> rows = rows(em.createNativeQuery(ROW + " WHERE i.id IN (" + in + ")" + order));
        return views(rows, viewer);
    }

    public long count(@NotNull Forum forum, @NotNull BoardQuery query) {
        Viewer viewer = viewer(forum);
        List<Object> params = new ArrayList<>();
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM idea i" + where(forum, query, viewer, params));
        bind(q, params);
        return ((Number) q.getSingleResult()).longValue();
    }

    /** One idea, readable by whoever may read the forum; hidden ones only by moderators and the author. */
    public IdeaView get(@NotNull Long ideaId) {
        Idea idea = find(ideaId);
        Forum forum = readableForum(idea.getForumId());
        Viewer viewer = viewer(forum);
        if (idea.getStatus() == IdeaStatus.HIDDEN && !viewer.moderator() && !idea.getAuthorId().equals(caller.userId())) {
            throw new NotFoundException("idea.notFound");
        }
        Query q = em.createNativeQuery(ROW + " WHERE i.id = ?").setParameter(1, ideaId);
        return views(rows(q), viewer).get(0);
    }

    /** One idea of the given forum (as addressed by a URL with the forum's slug); another forum's is not found. */
    public IdeaView get(@NotNull Long forumId, @NotNull Long ideaId) {
        IdeaView idea = get(ideaId);
        if (!idea.forumId().equals(forumId)) {
            throw new NotFoundException("idea.notFound");
        }
        return idea;
    }

    /** The ideas merged into this one, for its page. */
    public List<IdeaView> mergedInto(@NotNull Long ideaId) {
        Idea idea = find(ideaId);
        Forum forum = readableForum(idea.getForumId());
        Query q = em.createNativeQuery(ROW + " WHERE i.merged_into_id = ? ORDER BY i.created_at").setParameter(1, ideaId);
        return views(rows(q), viewer(forum));
    }

    // ---------------------------------------------------------------- contributing

    public Idea post(@NotNull Long forumId, @NotNull @Valid IdeaForm form) {
        Forum forum = contributableForum(forumId, "idea.post");
        if (!forum.hasTheme(form.getThemeId())) {
            throw new BusinessException("idea.themeUnknown");
        }
        if (forum.getIdeaLimit() != null && !forums.canModerate(forum)) {
            long mine = em.createQuery("select count(i) from Idea i where i.forumId = :forum and i.authorId = :user"
                            + " and i.status <> :withdrawn", Long.class)
                    .setParameter("forum", forumId).setParameter("user", caller.userId())
                    .setParameter("withdrawn", IdeaStatus.WITHDRAWN).getSingleResult();
            if (mine >= forum.getIdeaLimit()) {
                throw new BusinessException("idea.limitReached", forum.getIdeaLimit());
            }
        }
        Idea idea = new Idea(forumId, form.getThemeId(), caller.userId(), form.getTitle().strip(), form.getBody().strip(),
                form.isAnonymous());
        em.persist(idea);
        em.flush();
        audit.record("idea.post", "Idea", idea.getId(), idea.getTitle());
        changed.fire(new IdeaBoardChanged(forumId));
        return idea;
    }

    /**
     * The author changes an idea until it has supports or comments, while the forum is open; a
     * moderator may change it any time before the forum closes, and the change is audited in full.
     */
    public Idea edit(@NotNull Long ideaId, @NotNull @Valid IdeaForm form) {
        Idea idea = find(ideaId);
        Forum forum = readableForum(idea.getForumId());
        boolean moderator = forums.canModerate(forum);
        boolean author = idea.getAuthorId().equals(caller.userId());
        if (!moderator) {
            if (!author) {
                throw audit.refuse("idea.edit", "Idea", ideaId, "idea.notYours");
            }
            requireOpen(forum);
            if (!idea.isUntouched()) {
                throw new BusinessException("idea.alreadyDiscussed");
            }
        } else if (forum.getPhase() == ForumPhase.CLOSED) {
            throw new BusinessException("forum.closedReadOnly");
        }
        if (!forum.hasTheme(form.getThemeId())) {
            throw new BusinessException("idea.themeUnknown");
        }
        String before = "title: \"" + idea.getTitle() + "\", body: \"" + idea.getBody() + "\"";
        idea.edit(form.getThemeId(), form.getTitle().strip(), form.getBody().strip(),
                author ? form.isAnonymous() : idea.isAnonymous());
        audit.record(author ? "idea.edit" : "idea.moderatorEdit", "Idea", ideaId,
                "before: " + before + "; after: title: \"" + idea.getTitle() + "\", body: \"" + idea.getBody() + "\"");
        changed.fire(new IdeaBoardChanged(forum.getId()));
        return idea;
    }

    public void withdraw(@NotNull Long ideaId) {
        Idea idea = find(ideaId);
        Forum forum = readableForum(idea.getForumId());
        if (!idea.getAuthorId().equals(caller.userId())) {
            throw audit.refuse("idea.withdraw", "Idea", ideaId, "idea.notYours");
        }
        requireOpen(forum);
        if (!idea.isUntouched()) {
            throw new BusinessException("idea.alreadyDiscussed");
        }
        idea.withdraw();
        audit.record("idea.withdraw", "Idea", ideaId, idea.getTitle());
        changed.fire(new IdeaBoardChanged(forum.getId()));
    }

    /**
     * Supports an idea; a second support by the same person changes nothing. The database's
     * primary key decides, so double clicks and concurrent requests count once.
     */
    public int support(@NotNull Long ideaId) {
        Idea idea = find(ideaId);
        Forum forum = contributableForum(idea.getForumId(), "idea.support");
        if (idea.getStatus() != IdeaStatus.VISIBLE) {
            throw new BusinessException("idea.notSupportable");
        }
        lock(ideaId);
        int added = em.createNativeQuery("INSERT IGNORE INTO idea_support (idea_id, user_id, created_at) VALUES (?, ?, ?)")
                .setParameter(1, ideaId).setParameter(2, caller.userId()).setParameter(3, Instant.now())
                .executeUpdate();
        if (added > 0) {
            em.createNativeQuery("UPDATE idea SET support_count = support_count + 1 WHERE id = ?")
                    .setParameter(1, ideaId).executeUpdate();
            changed.fire(new IdeaBoardChanged(forum.getId()));
        }
        return supportCount(ideaId);
    }

    public int unsupport(@NotNull Long ideaId) {
        Idea idea = find(ideaId);
        Forum forum = contributableForum(idea.getForumId(), "idea.support");
        lock(ideaId);
        int removed = em.createNativeQuery("DELETE FROM idea_support WHERE idea_id = ? AND user_id = ?")
                .setParameter(1, ideaId).setParameter(2, caller.userId()).executeUpdate();
        if (removed > 0) {
            em.createNativeQuery("UPDATE idea SET support_count = support_count - 1 WHERE id = ?")
                    .setParameter(1, ideaId).executeUpdate();
            changed.fire(new IdeaBoardChanged(forum.getId()));
        }
        return supportCount(ideaId);
    }

    // ---------------------------------------------------------------- discussion

    /** One page of an idea's comments (newest or oldest first), each with its replies, in two queries. */
    public List<CommentView> comments(@NotNull Long ideaId, boolean newestFirst, int first, int pageSize) {
        Idea idea = find(ideaId);
        Viewer viewer = viewer(readableForum(idea.getForumId()));
        String order = newestFirst ? " ORDER BY c.created_at DESC, c.id DESC" : " ORDER BY c.created_at, c.id";
        List<Object[]> top = rows(em.createNativeQuery(
                        "SELECT c.id, c.parent_id, u.name, c.body, c.status, c.hidden_reason, c.author_id, c.created_at"
                                + " FROM idea_comment c JOIN app_user u ON u.id = c.author_id"
                                + " WHERE c.idea_id = ? AND c.parent_id IS NULL" + order + " LIMIT ? OFFSET ?")
                .setParameter(1, ideaId).setParameter(2, pageSize).setParameter(3, first));
        if (top.isEmpty()) {
            return List.of();
        }
        String ids = SqlIds.list(top.stream().map(r -> r[0]).toList());
        Map<Long, List<CommentView>> replies = new LinkedHashMap<>();
        for (Object[] r : rows(em.createNativeQuery(
                "SELECT c.id, c.parent_id, u.name, c.body, c.status, c.hidden_reason, c.author_id, c.created_at"
                        + " FROM idea_comment c JOIN app_user u ON u.id = c.author_id"
                        + " WHERE c.parent_id IN (" + ids + ") ORDER BY c.created_at, c.id"))) {
            CommentView reply = comment(r, viewer, List.of());
            replies.computeIfAbsent(reply.parentId(), k -> new ArrayList<>()).add(reply);
        }
        return top.stream().map(r -> comment(r, viewer, replies.getOrDefault(((Number) r[0]).longValue(), List.of()))).toList();
    }

    public long countComments(@NotNull Long ideaId) {
        Idea idea = find(ideaId);
        readableForum(idea.getForumId());
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM idea_comment WHERE idea_id = ? AND parent_id IS NULL")
                .setParameter(1, ideaId).getSingleResult()).longValue();
    }

    public IdeaComment comment(@NotNull Long ideaId, Long parentId,
                               @NotBlank(message = "{validation.required}") @Size(max = IdeaComment.BODY_MAX) String body) {
        Idea idea = find(ideaId);
        Forum forum = contributableForum(idea.getForumId(), "idea.comment");
        if (idea.getStatus() != IdeaStatus.VISIBLE) {
            throw new BusinessException("idea.notCommentable");
        }
        lock(ideaId);
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

    /** Anyone logged in who can read the forum may report an idea or a comment, with a reason. */
    public void report(Long ideaId, Long commentId, @NotBlank(message = "{validation.required}")
                       @Size(max = Idea.REASON_MAX) String reason) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse("idea.report", "Idea", ideaId, "error.unauthenticated");
        }
        Long forumId;
        if (commentId != null) {
            IdeaComment comment = findComment(commentId);
            forumId = find(comment.getIdeaId()).getForumId();
            em.createNativeQuery("UPDATE idea_comment SET open_reports = open_reports + 1 WHERE id = ?")
                    .setParameter(1, commentId).executeUpdate();
        } else {
            forumId = find(ideaId).getForumId();
            em.createNativeQuery("UPDATE idea SET open_reports = open_reports + 1 WHERE id = ?")
                    .setParameter(1, ideaId).executeUpdate();
        }
        readableForum(forumId);
        em.createNativeQuery("INSERT INTO content_report (forum_id, idea_id, comment_id, reporter_id, reason, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .setParameter(1, forumId).setParameter(2, commentId == null ? ideaId : null).setParameter(3, commentId)
                .setParameter(4, caller.userId()).setParameter(5, reason.strip()).setParameter(6, Instant.now())
                .executeUpdate();
        audit.record("idea.report", commentId == null ? "Idea" : "Comment", commentId == null ? ideaId : commentId, reason);
    }

    // ---------------------------------------------------------------- moderation

    /** Reported ideas and comments of the forum, most reported first. */
    public List<FlaggedItem> reported(@NotNull Long forumId) {
        requireModerator(forumId, "moderation.read");
        List<FlaggedItem> result = new ArrayList<>();
        for (Object[] r : rows(em.createNativeQuery(
                "SELECT i.id, NULL, i.title, i.body, i.open_reports,"
                        + " (SELECT reason FROM content_report x WHERE x.idea_id = i.id AND x.resolved_at IS NULL ORDER BY x.id DESC LIMIT 1),"
                        + " (SELECT MAX(created_at) FROM content_report x WHERE x.idea_id = i.id AND x.resolved_at IS NULL)"
                        + " FROM idea i WHERE i.forum_id = ? AND i.open_reports > 0"
                        + " UNION ALL SELECT c.idea_id, c.id, i.title, c.body, c.open_reports,"
                        + " (SELECT reason FROM content_report x WHERE x.comment_id = c.id AND x.resolved_at IS NULL ORDER BY x.id DESC LIMIT 1),"
                        + " (SELECT MAX(created_at) FROM content_report x WHERE x.comment_id = c.id AND x.resolved_at IS NULL)"
                        + " FROM idea_comment c JOIN idea i ON i.id = c.idea_id WHERE i.forum_id = ? AND c.open_reports > 0"
                        + " ORDER BY 5 DESC LIMIT 200")
                .setParameter(1, forumId).setParameter(2, forumId))) {
            String body = (String) r[3];
            result.add(new FlaggedItem(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                    (String) r[2], body.length() > 200 ? body.substring(0, 200) + "…" : body, ((Number) r[4]).intValue(),
                    (String) r[5], instant(r[6])));
        }
        return result;
    }

    public void hide(@NotNull Long ideaId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        Idea idea = find(ideaId);
        requireModerator(idea.getForumId(), "idea.hide");
        idea.hide(reason.strip());
        resolveReports("idea_id", ideaId);
        notifications.notify(idea.getAuthorId(), "notification.ideaHidden", "\u201c" + idea.getTitle() + "\u201d: " + reason.strip(),
                link(idea));
        audit.record("idea.hide", "Idea", ideaId, reason);
        changed.fire(new IdeaBoardChanged(idea.getForumId()));
    }

    public void restore(@NotNull Long ideaId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        Idea idea = find(ideaId);
        requireModerator(idea.getForumId(), "idea.restore");
        if (idea.getStatus() == IdeaStatus.MERGED || idea.getStatus() == IdeaStatus.WITHDRAWN) {
            throw new BusinessException("idea.notRestorable");
        }
        idea.restore();
        resolveReports("idea_id", ideaId);
        notifications.notify(idea.getAuthorId(), "notification.ideaRestored", "\u201c" + idea.getTitle() + "\u201d: " + reason.strip(),
                link(idea));
        audit.record("idea.restore", "Idea", ideaId, reason);
        changed.fire(new IdeaBoardChanged(idea.getForumId()));
    }

    public void hideComment(@NotNull Long commentId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        IdeaComment comment = findComment(commentId);
        Idea idea = find(comment.getIdeaId());
        requireModerator(idea.getForumId(), "comment.hide");
        comment.hide(reason.strip());
        resolveReports("comment_id", commentId);
        notifications.notify(comment.getAuthorId(), "notification.commentHidden", reason.strip(), link(idea));
        audit.record("comment.hide", "Comment", commentId, reason);
    }

    public void restoreComment(@NotNull Long commentId, @NotBlank(message = "{validation.required}") @Size(max = Idea.REASON_MAX) String reason) {
        IdeaComment comment = findComment(commentId);
        Idea idea = find(comment.getIdeaId());
        requireModerator(idea.getForumId(), "comment.restore");
        comment.restore();
        resolveReports("comment_id", commentId);
        notifications.notify(comment.getAuthorId(), "notification.commentRestored", reason.strip(), link(idea));
        audit.record("comment.restore", "Comment", commentId, reason);
    }

    /**
     * Merges a duplicate into another idea of the same forum: the target gets every supporter of
     * both, each person once; the duplicate stays readable and points to the target.
     */
    public Idea merge(@NotNull Long sourceId, @NotNull Long targetId) {
        Idea source = find(sourceId);
        Idea target = find(targetId);
        requireModerator(source.getForumId(), "idea.merge");
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
        resolveReports("idea_id", sourceId);
        notifications.notify(source.getAuthorId(), "notification.ideaMerged", "\u201c" + source.getTitle() + "\u201d \u2192 \u201c"
                + target.getTitle() + "\u201d", link(target));
        audit.record("idea.merge", "Idea", sourceId, "merged into " + targetId);
        changed.fire(new IdeaBoardChanged(source.getForumId()));
        em.flush();
        em.refresh(target);
        return target;
    }

    // ---------------------------------------------------------------- helpers

    private Idea find(Long ideaId) {
        Idea idea = ideaId == null ? null : em.find(Idea.class, ideaId);
        if (idea == null) {
            throw new NotFoundException("idea.notFound");
        }
        return idea;
    }

    private IdeaComment findComment(Long commentId) {
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
    private void lock(Long ideaId) {
        em.createNativeQuery("SELECT id FROM idea WHERE id = ? FOR UPDATE").setParameter(1, ideaId).getResultList();
    }

    private String link(Idea idea) {
        return "/f/" + forums.get(idea.getForumId()).getSlug() + "/ideas/" + idea.getId();
    }

    private int supportCount(Long ideaId) {
        return ((Number) em.createNativeQuery("SELECT support_count FROM idea WHERE id = ?").setParameter(1, ideaId)
                .getSingleResult()).intValue();
    }

    /** The forum, if the caller may read it (public, or a member, or a moderator). */
    private Forum readableForum(Long forumId) {
        return forums.getVisible(forumId);
    }

    /** The forum, if the caller may contribute to it now: logged in, allowed in, and the forum open. */
    private Forum contributableForum(Long forumId, String action) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse(action, "Forum", forumId, "error.unauthenticated");
        }
        Forum forum = readableForum(forumId);
        requireOpen(forum);
        forums.ensureMember(forum);
        return forum;
    }

    private static void requireOpen(Forum forum) {
        if (!forum.getPhase().acceptsContributions()) {
            throw new BusinessException("idea.forumNotOpen");
        }
    }

    private void requireModerator(Long forumId, String action) {
        Forum forum = forums.get(forumId);
        if (!forums.canModerate(forum)) {
            throw audit.refuse(action, "Forum", forumId, "forum.moderatorsOnly");
        }
    }

    private void resolveReports(String column, Long id) {
        em.createNativeQuery("UPDATE content_report SET resolved_at = ? WHERE " + column + " = ? AND resolved_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, id).executeUpdate();
    }

    private record Viewer(Long userId, boolean moderator, boolean seesCounts) {
    }

    private Viewer viewer(Forum forum) {
        boolean moderator = forums.canModerate(forum);
        return new Viewer(caller.userId(), moderator, moderator || forum.supportCountsShown());
    }

    private static String where(Forum forum, BoardQuery query, Viewer viewer, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE i.forum_id = ?");
        params.add(forum.getId());
        if (query.themeId() != null) {
            where.append(" AND i.theme_id = ?");
            params.add(query.themeId());
        }
        IdeaStatus status = query.status() == null ? IdeaStatus.VISIBLE : query.status();
        if (!viewer.moderator() && (status == IdeaStatus.HIDDEN || status == IdeaStatus.WITHDRAWN)) {
            status = IdeaStatus.VISIBLE;
        }
        where.append(" AND i.status = ?");
        params.add(status.name());
        String fullText = BoardQuery.fullText(query.search());
        if (fullText != null) {
            where.append(" AND MATCH (i.title, i.body) AGAINST (? IN BOOLEAN MODE)");
            params.add(fullText);
        }
        return where.toString();
    }

    private static void bind(Query q, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query q) {
        return q.getResultList();
    }

    private List<IdeaView> views(List<Object[]> rows, Viewer viewer) {
        Set<Long> supported = new HashSet<>();
        if (viewer.userId() != null && !rows.isEmpty()) {
            String ids = SqlIds.list(rows.stream().map(r -> r[0]).toList());
            for (Object id : em.createNativeQuery("SELECT idea_id FROM idea_support WHERE user_id = ? AND idea_id IN (" + ids + ")")
                    .setParameter(1, viewer.userId()).getResultList()) {
                supported.add(((Number) id).longValue());
            }
        }
        List<IdeaView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            boolean anonymous = bool(r[6]);
            Long authorId = ((Number) r[8]).longValue();
            boolean mine = authorId.equals(viewer.userId());
            IdeaStatus status = IdeaStatus.valueOf((String) r[9]);
            int supports = ((Number) r[12]).intValue();
            int comments = ((Number) r[13]).intValue();
            views.add(new IdeaView(id, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3],
                    (String) r[4], (String) r[5], anonymous,
                    anonymous && !mine && !viewer.moderator() ? null : (String) r[7], mine, status,
                    r[10] == null ? null : ((Number) r[10]).longValue(),
                    viewer.moderator() || mine ? (String) r[11] : null,
                    viewer.seesCounts() ? supports : null, comments,
                    viewer.moderator() ? ((Number) r[14]).intValue() : 0, supported.contains(id),
                    mine && status == IdeaStatus.VISIBLE && supports == 0 && comments == 0, instant(r[15])));
        }
        return views;
    }

    private static CommentView comment(Object[] r, Viewer viewer, List<CommentView> replies) {
        boolean hidden = "HIDDEN".equals(r[4]);
        boolean mine = ((Number) r[6]).longValue() == (viewer.userId() == null ? -1 : viewer.userId());
        String body = hidden && !viewer.moderator() && !mine ? null : (String) r[3];
        return new CommentView(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                (String) r[2], body, hidden, viewer.moderator() || mine ? (String) r[5] : null, mine, instant(r[7]), replies);
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof LocalDateTime local) {
            return local.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
