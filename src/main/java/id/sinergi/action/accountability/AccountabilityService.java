package id.sinergi.action.accountability;

import id.sinergi.action.ActionService;
import id.sinergi.action.ActionStatus;
import id.sinergi.action.ActionView;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The public figures of a forum's follow-up: open to everyone once the forum has published its
 * recommendations, whatever its visibility, as the published document is. Figures are aggregated
 * in the database; lists are paged.
 */
@Stateless
public class AccountabilityService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ForumService forums;

    @Inject
    private ActionService actions;

    @Inject
    private FiguresCache cache;

    /** The forum by its slug, if its follow-up is public (published or later). */
    public Forum publicForum(@NotNull String slug) {
        return published(forums.findBySlug(slug).orElseThrow(() -> new NotFoundException("forum.notFound")));
    }

    /**
     * Every read here is of a follow-up that is public whatever the forum's visibility (DESIGN:
     * the accountability page is for everyone), and only once the recommendations are published.
     */
    private void requirePublic(Long forumId) {
        published(forums.get(forumId));
    }

    private static Forum published(Forum forum) {
        if (forum.getPhase().ordinal() < ForumPhase.PUBLISHED.ordinal()) {
            throw new NotFoundException("accountability.notYet");
        }
        return forum;
    }

    /**
     * The forum's figures as a whole, per recommendation and per institution: from this node's
     * cache while the forum's actions have not changed, else computed (three aggregate queries).
     */
    public Overview overview(@NotNull Long forumId) {
        requirePublic(forumId);
        List<?> version = em.createNativeQuery("SELECT version FROM action_figures_version WHERE forum_id = ?")
                .setParameter(1, forumId).getResultList();
        return cache.get(forumId, version.isEmpty() ? 0 : ((Number) version.getFirst()).longValue(),
                () -> new Overview(total(forumId), byRecommendation(forumId), byInstitution(forumId)));
    }

    /** The forum's figures as a whole. */
    public Figures total(@NotNull Long forumId) {
        requirePublic(forumId);
        return Figures.of(forumId, null,
                NativeRows.query(em, "SELECT " + Figures.SELECT + " FROM action a WHERE a.forum_id = ?", forumId).getFirst());
    }

    /**
     * Figures per recommendation that has actions, in the document's order; then the recommendations
     * of earlier forums whose actions were carried over into this one, named with their forum.
     */
    public List<Figures> byRecommendation(@NotNull Long forumId) {
        requirePublic(forumId);
        List<Figures> list = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT r.id, CASE WHEN r.forum_id = a.forum_id THEN r.title"
                + " ELSE CONCAT(r.title, ' (', rf.title, ')') END AS label, " + Figures.SELECT + " FROM action a"
                + " JOIN shared_recommendation r ON r.id = a.recommendation_id JOIN shared_forum rf ON rf.id = r.forum_id"
                + " WHERE a.forum_id = ? GROUP BY r.id, label, r.position, r.forum_id, a.forum_id"
                + " ORDER BY r.forum_id <> a.forum_id, r.position, r.id", forumId)) {
            list.add(Figures.of(r.id("id"), r.string("label"), r));
        }
        return list;
    }

    /** Figures per institution with actions in the forum, by name: as many rows as institutions. */
    private List<Figures> byInstitution(long forumId) {
        List<Figures> list = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT i.id, COALESCE(i.short_name, i.name) AS label, " + Figures.SELECT
                + " FROM action a JOIN shared_institution i ON i.id = a.institution_id WHERE a.forum_id = ?"
                + " GROUP BY i.id, i.name, i.short_name ORDER BY i.name", forumId)) {
            list.add(Figures.of(r.id("id"), r.string("label"), r));
        }
        return list;
    }

    /** An institution's accepted public reports in the forum, newest first: its timeline. */
    public List<TimelineEntry> timeline(@NotNull Long forumId, @NotNull Long institutionId, int first, int pageSize) {
        requirePublic(forumId);
        List<TimelineEntry> list = new ArrayList<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT a.id, a.title, p.reported_at, p.status, p.progress, p.note"
                + " FROM progress_report p JOIN action a ON a.id = p.action_id WHERE a.forum_id = ? AND a.institution_id = ?"
                + " AND p.review_state = 'ACCEPTED' AND p.visibility = 'PUBLIC' ORDER BY p.reported_at DESC, p.id DESC"
                + " LIMIT ? OFFSET ?", forumId, institutionId, pageSize, first)) {
            list.add(new TimelineEntry(r.id("id"), r.string("title"), r.instant("reported_at"),
                    ActionStatus.valueOf(r.string("status")), r.integer("progress"), r.string("note")));
        }
        return list;
    }

    public long countTimeline(@NotNull Long forumId, @NotNull Long institutionId) {
        requirePublic(forumId);
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM progress_report p JOIN action a ON a.id = p.action_id"
                        + " WHERE a.forum_id = ? AND a.institution_id = ? AND p.review_state = 'ACCEPTED' AND p.visibility = 'PUBLIC'")
                .setParameter(1, forumId).setParameter(2, institutionId).getSingleResult()).longValue();
    }

    /** The forum's actions, filtered and paged: the accountability table. */
    public List<ActionView> actions(@NotNull Long forumId, @NotNull ActionService.Filter filter, int first, int pageSize) {
        requirePublic(forumId);
        return actions.forForum(forumId, filter, first, pageSize);
    }

    /** One recommendation's actions after an id, for exports. */
    public List<ActionView> actionsAfter(@NotNull Long forumId, long recommendationId, long afterId, int limit) {
        requirePublic(forumId);
        return actions.forRecommendation(forumId, recommendationId, afterId, limit);
    }

    public long countActions(@NotNull Long forumId, @NotNull ActionService.Filter filter) {
        requirePublic(forumId);
        return actions.countForForum(forumId, filter);
    }

    /** The moderators' dashboard of a forum: refused (and audited) for everyone else. */
    public Forum dashboardForum(@NotNull String slug) {
        Forum forum = publicForum(slug);
        return forums.getModerated(forum.getId(), "action.dashboard");
    }
}
