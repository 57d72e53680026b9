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
 * Ideas and supports: the board, one idea, posting, editing, withdrawing and supporting. Comments
 * are {@link CommentService}'s, reports and moderation {@link ModerationService}'s; the checks all
 * three share are {@link IdeaRules}. Every operation checks the forum's phase and the caller's
 * place in the forum here, so the pages and the API refuse the same things.
 */
@Stateless
public class IdeaService {

    private static final String ROW = "SELECT i.id, i.forum_id, i.theme_id, t.name AS theme, i.title, i.body, i.anonymous, u.name AS author,"
            + " i.author_id, i.status, i.merged_into_id, i.hidden_reason, i.support_count, i.comment_count,"
            + " i.open_reports, i.created_at FROM idea i JOIN shared_theme t ON t.id = i.theme_id JOIN shared_user u ON u.id = i.author_id";

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

    @Inject
    private IdeaRules rules;

    @Inject
    private SearchMatches searches;

    // ---------------------------------------------------------------- reading

    /** The board counts and pages this many ideas at most (newest or most supported first); the rest by search or theme. */
    public static final int COUNTED = 10_000;

    /**
     * One page of the board, with the caller's supports, in three queries whatever the page size:
     * the page's ids from the index alone (a deep page skips index entries, not rows), then
     * those rows with their theme and author, then the caller's supports among them.
     */
    public List<IdeaView> board(@NotNull Forum forum, @NotNull BoardQuery query, int first, int pageSize) {
        forums.getVisible(forum.getId());
        if (first < 0 || first >= COUNTED) {
            // the board pages the first COUNTED ideas only, whatever offset a crafted request asks for:
            // a deep offset would walk the whole index
            return List.of();
        }
        IdeaRules.Viewer viewer = rules.viewer(forum);
        String order = order(query, viewer);
        List<?> page;
        if (BoardQuery.fullText(query.search()) != null) {
            List<Long> matches = searchMatches(forum, query, viewer, order);
            page = matches.subList(Math.min(first, matches.size()), Math.min(first + pageSize, matches.size()));
        } else {
            List<Object> params = new ArrayList<>();
            String where = where(forum, query, viewer, params);
            Query ids = em.createNativeQuery("SELECT i.id FROM idea i" + where + order + " LIMIT ? OFFSET ?");
            bind(ids, params);
            ids.setParameter(params.size() + 1, pageSize).setParameter(params.size() + 2, first);
            page = ids.getResultList();
        }
        if (page.isEmpty()) {
            return List.of();
        }
        String in = SqlIds.list(page);
        return views(NativeRows.query(em, ROW + " WHERE i.id IN (" + in + ")" + order), viewer);
    }

    /**
     * How many ideas the board has, counted up to {@link #COUNTED}: {@code COUNTED + 1} means more. Counting
     * every entry of a forum with 100,000 ideas cost more than the page itself; nobody pages that far, and
     * the board offers search and themes beyond it.
     */
    public long count(@NotNull Forum forum, @NotNull BoardQuery query) {
        IdeaRules.Viewer viewer = rules.viewer(forum);
        if (BoardQuery.fullText(query.search()) != null) {
            return searchMatches(forum, query, viewer, order(query, viewer)).size();
        }
        List<Object> params = new ArrayList<>();
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM idea i" + where(forum, query, viewer, params)
                + " LIMIT " + (COUNTED + 1) + ") counted");
        bind(q, params);
        return ((Number) q.getSingleResult()).longValue();
    }

    private static String order(BoardQuery query, IdeaRules.Viewer viewer) {
        boolean bySupport = query.sort() == BoardQuery.Sort.MOST_SUPPORTED && viewer.seesCounts();
        return bySupport ? " ORDER BY i.support_count DESC, i.id DESC" : " ORDER BY i.created_at DESC, i.id DESC";
    }

    /** A search's first COUNTED + 1 matches in the board's order, found once per request for count and page. */
    private List<Long> searchMatches(Forum forum, BoardQuery query, IdeaRules.Viewer viewer, String order) {
        List<Object> params = new ArrayList<>();
        String where = where(forum, query, viewer, params);
        return searches.get(viewer + where + order + params, () -> {
            Query ids = em.createNativeQuery("SELECT i.id FROM idea i" + where + order + " LIMIT " + (COUNTED + 1));
            bind(ids, params);
            return ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        });
    }

    /** One idea, readable by whoever may read the forum; hidden ones only by moderators and the author. */
    public IdeaView get(@NotNull Long ideaId) {
        Idea idea = rules.find(ideaId);
        Forum forum = rules.readableForum(idea.getForumId());
        IdeaRules.Viewer viewer = rules.viewer(forum);
        if (idea.getStatus() == IdeaStatus.HIDDEN && !viewer.moderator() && !idea.getAuthorId().equals(caller.userId())) {
            throw new NotFoundException("idea.notFound");
        }
        return views(NativeRows.query(em, ROW + " WHERE i.id = ?", ideaId), viewer).get(0);
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
        Idea idea = rules.find(ideaId);
        Forum forum = rules.readableForum(idea.getForumId());
        return views(NativeRows.query(em, ROW + " WHERE i.merged_into_id = ? ORDER BY i.created_at", ideaId), rules.viewer(forum));
    }

    // ---------------------------------------------------------------- contributing

    public Idea post(@NotNull Long forumId, @NotNull @Valid IdeaForm form) {
        Forum forum = rules.contributableForum(forumId, "idea.post");
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
        Idea idea = rules.find(ideaId);
        Forum forum = rules.readableForum(idea.getForumId());
        boolean moderator = forums.canModerate(forum);
        boolean author = idea.getAuthorId().equals(caller.userId());
        if (!moderator) {
            if (!author) {
                throw audit.refuse("idea.edit", "Idea", ideaId, "idea.notYours");
            }
            IdeaRules.requireOpen(forum);
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
        Idea idea = rules.find(ideaId);
        Forum forum = rules.readableForum(idea.getForumId());
        if (!idea.getAuthorId().equals(caller.userId())) {
            throw audit.refuse("idea.withdraw", "Idea", ideaId, "idea.notYours");
        }
        IdeaRules.requireOpen(forum);
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
        Idea idea = rules.find(ideaId);
        Forum forum = rules.contributableForum(idea.getForumId(), "idea.support");
        if (idea.getStatus() != IdeaStatus.VISIBLE) {
            throw new BusinessException("idea.notSupportable");
        }
        rules.lock(ideaId);
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
        Idea idea = rules.find(ideaId);
        Forum forum = rules.contributableForum(idea.getForumId(), "idea.support");
        rules.lock(ideaId);
        int removed = em.createNativeQuery("DELETE FROM idea_support WHERE idea_id = ? AND user_id = ?")
                .setParameter(1, ideaId).setParameter(2, caller.userId()).executeUpdate();
        if (removed > 0) {
            em.createNativeQuery("UPDATE idea SET support_count = support_count - 1 WHERE id = ?")
                    .setParameter(1, ideaId).executeUpdate();
            changed.fire(new IdeaBoardChanged(forum.getId()));
        }
        return supportCount(ideaId);
    }

    // ---------------------------------------------------------------- helpers





    private int supportCount(Long ideaId) {
        return ((Number) em.createNativeQuery("SELECT support_count FROM idea WHERE id = ?").setParameter(1, ideaId)
                .getSingleResult()).intValue();
    }








    private static String where(Forum forum, BoardQuery query, IdeaRules.Viewer viewer, List<Object> params) {
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

    private List<IdeaView> views(List<NativeRows.Row> rows, IdeaRules.Viewer viewer) {
        Set<Long> supported = new HashSet<>();
        if (viewer.userId() != null && !rows.isEmpty()) {
            String ids = SqlIds.list(rows.stream().map(r -> r.id("id")).toList());
            for (Object id : em.createNativeQuery("SELECT idea_id FROM idea_support WHERE user_id = ? AND idea_id IN (" + ids + ")")
                    .setParameter(1, viewer.userId()).getResultList()) {
                supported.add(((Number) id).longValue());
            }
        }
        List<IdeaView> views = new ArrayList<>(rows.size());
        for (NativeRows.Row r : rows) {
            long id = r.id("id");
            boolean anonymous = r.bool("anonymous");
            Long authorId = r.id("author_id");
            boolean mine = authorId.equals(viewer.userId());
            IdeaStatus status = IdeaStatus.valueOf(r.string("status"));
            int supports = r.integer("support_count");
            int comments = r.integer("comment_count");
            views.add(new IdeaView(id, r.id("forum_id"), r.id("theme_id"), r.string("theme"), r.string("title"), r.string("body"),
                    anonymous, anonymous && !mine && !viewer.moderator() ? null : r.string("author"), mine, status,
                    r.longOrNull("merged_into_id"), viewer.moderator() || mine ? r.string("hidden_reason") : null,
                    viewer.seesCounts() ? supports : null, comments,
                    viewer.moderator() ? r.integer("open_reports") : 0, supported.contains(id),
                    mine && status == IdeaStatus.VISIBLE && supports == 0 && comments == 0, r.instant("created_at")));
        }
        return views;
    }

    private static CommentView comment(NativeRows.Row r, IdeaRules.Viewer viewer, List<CommentView> replies) {
        boolean hidden = "HIDDEN".equals(r.string("status"));
        boolean mine = r.id("author_id") == (viewer.userId() == null ? -1 : viewer.userId());
        String body = hidden && !viewer.moderator() && !mine ? null : r.string("body");
        return new CommentView(r.id("id"), r.longOrNull("parent_id"), r.string("name"), body, hidden,
                viewer.moderator() || mine ? r.string("hidden_reason") : null, mine, r.instant("created_at"), replies);
    }
}
