package id.sinergi.recommendation;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Drafting recommendations from ideas and discussing drafts. Moderators draft while the forum is
 * open (and may correct the text after publication, which the next published version shows);
 * during the vote the text is frozen, so everyone votes on the same words.
 */
@Stateless
public class RecommendationService {

    /** Forum order: by theme (themeless last), then the moderator's position. */
    private static final String ORDER = " ORDER BY t.position IS NULL, t.position, r.position, r.id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private AuditService audit;

    // ---------------------------------------------------------------- reading

    /**
     * The forum's recommendations in order, numbered, with their ideas, in two queries. A forum has
     * at most {@value Recommendation#PER_FORUM_MAX}, so this is a bounded list.
     */
    public List<RecommendationView> list(@NotNull Long forumId) {
        forums.getVisible(forumId);
        return forPublication(forumId);
    }

    /**
     * The same list without checking the caller: for the publication component, which has
     * checked its own caller (or runs as the system, closing a vote).
     */
    public List<RecommendationView> forPublication(@NotNull Long forumId) {
        List<NativeRows.Row> rows = NativeRows.query(em,
                "SELECT r.id, r.theme_id, t.name AS theme, r.title, r.body, r.status, r.comment_count,"
                        + " r.agree_count, r.disagree_count, r.abstain_count"
                        + " FROM recommendation r LEFT JOIN shared_theme t ON t.id = r.theme_id WHERE r.forum_id = ?" + ORDER, forumId);
        Map<Long, List<RecommendationView.IdeaRef>> ideas = new LinkedHashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT ri.recommendation_id, i.id, i.title FROM recommendation_idea ri"
                + " JOIN recommendation r ON r.id = ri.recommendation_id JOIN shared_idea i ON i.id = ri.idea_id"
                + " WHERE r.forum_id = ? ORDER BY i.id", forumId)) {
            ideas.computeIfAbsent(r.id("recommendation_id"), k -> new ArrayList<>())
                    .add(new RecommendationView.IdeaRef(r.id("id"), r.string("title")));
        }
        List<RecommendationView> views = new ArrayList<>(rows.size());
        int number = 1;
        for (NativeRows.Row r : rows) {
            RecommendationStatus status = RecommendationStatus.valueOf(r.string("status"));
            RecommendationView.Result result = status == RecommendationStatus.DRAFT || r.get("agree_count") == null ? null
                    : new RecommendationView.Result(r.integer("agree_count"), r.integer("disagree_count"),
                    r.integer("abstain_count"), status == RecommendationStatus.ADOPTED);
            views.add(new RecommendationView(r.id("id"), forumId, number++, r.longOrNull("theme_id"), r.string("theme"),
                    r.string("title"), r.string("body"), status, ideas.getOrDefault(r.id("id"), List.of()),
                    r.integer("comment_count"), result));
        }
        return views;
    }

    public RecommendationView get(@NotNull Long forumId, @NotNull Long id) {
        return list(forumId).stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("recommendation.notFound"));
    }

    /** Recommendations drafted from this idea: the other direction of the link. */
    public List<RecommendationView.IdeaRef> draftedFrom(@NotNull Long ideaId) {
        forums.getVisible(forumOfIdea(ideaId));
        return NativeRows.query(em, "SELECT r.id, r.title FROM recommendation_idea ri"
                        + " JOIN recommendation r ON r.id = ri.recommendation_id WHERE ri.idea_id = ? ORDER BY r.id", ideaId)
                .stream().map(RecommendationService::ref).toList();
    }

    /** Up to ten of the forum's visible ideas matching {@code text} (in the title, or the idea's number), most supported first. */
    public List<RecommendationView.IdeaRef> findIdeas(@NotNull Long forumId, String text) {
        forums.getModerated(forumId, "recommendation.draft");
        String q = text == null ? "" : text.strip();
        String digits = q.startsWith("#") ? q.substring(1) : q;
        return NativeRows.query(em, "SELECT i.id, i.title FROM shared_idea i WHERE i.forum_id = ? AND i.status = 'VISIBLE'"
                                + " AND (i.title LIKE ? OR i.id = ?) ORDER BY i.support_count DESC, i.id DESC LIMIT 10", forumId,
                        "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%",
                        digits.matches("\\d{1,18}") ? Long.parseLong(digits) : -1L)
                .stream().map(RecommendationService::ref).toList();
    }

    /** An idea as a reference (its number and title), for the draft form; linking checks the forum. */
    public java.util.Optional<RecommendationView.IdeaRef> ideaRef(@NotNull Long ideaId) {
        forums.getModerated(forumOfIdea(ideaId), "recommendation.draft");
        return NativeRows.first(em, "SELECT i.id, i.title FROM shared_idea i WHERE i.id = ?", ideaId).map(RecommendationService::ref);
    }

    private Long forumOfIdea(Long ideaId) {
        return NativeRows.first(em, "SELECT i.forum_id FROM shared_idea i WHERE i.id = ?", ideaId)
                .map(r -> r.id("forum_id")).orElseThrow(() -> new NotFoundException("idea.notFound"));
    }

    /** A draft form started from one idea: its theme, title and text, linked to it. */
    public RecommendationForm formFromIdea(@NotNull Long forumId, @NotNull Long ideaId) {
        return NativeRows.first(em, "SELECT i.theme_id, i.title, i.body FROM shared_idea i WHERE i.forum_id = ? AND i.id = ?"
                        + " AND i.status = 'VISIBLE'", forumId, ideaId)
                .map(r -> new RecommendationForm(r.id("theme_id"), r.string("title"), r.string("body"), List.of(ideaId)))
                .orElseGet(RecommendationForm::new);
    }

    // ---------------------------------------------------------------- drafting

    public Recommendation draft(@NotNull Long forumId, @NotNull @Valid RecommendationForm form) {
        Forum forum = forums.getModerated(forumId, "recommendation.draft");
        if (forum.getPhase() != ForumPhase.OPEN) {
            throw new BusinessException("recommendation.draftOnlyWhileOpen");
        }
        long count = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM recommendation WHERE forum_id = ?")
                .setParameter(1, forumId).getSingleResult()).longValue();
        if (count >= Recommendation.PER_FORUM_MAX) {
            throw new BusinessException("recommendation.limitReached", Recommendation.PER_FORUM_MAX);
        }
        Number last = (Number) em.createNativeQuery("SELECT COALESCE(MAX(position), 0) FROM recommendation WHERE forum_id = ?")
                .setParameter(1, forumId).getSingleResult();
        Recommendation recommendation = new Recommendation(forumId, caller.userId(), last.intValue() + 1);
        describe(recommendation, forum, form);
        em.persist(recommendation);
        em.flush();
        linkIdeas(recommendation, form.getIdeaIds());
        audit.record("recommendation.draft", "Recommendation", recommendation.getId(), recommendation.getTitle());
        return recommendation;
    }

    /** Edits a draft while the forum is open, or corrects the text after publication (a new version follows). */
    public Recommendation edit(@NotNull Long id, @NotNull @Valid RecommendationForm form) {
        Recommendation recommendation = find(id);
        Forum forum = forums.getModerated(recommendation.getForumId(), "recommendation.edit");
        ForumPhase phase = forum.getPhase();
        boolean drafting = phase == ForumPhase.OPEN;
        boolean correcting = phase == ForumPhase.PUBLISHED || phase == ForumPhase.FOLLOW_UP;
        if (!drafting && !correcting) {
            throw new BusinessException("recommendation.frozenDuringVote");
        }
        String before = recommendation.getTitle() + "\n" + recommendation.getBody();
        describe(recommendation, forum, form);
        if (drafting) {
            em.createNativeQuery("DELETE FROM recommendation_idea WHERE recommendation_id = ?").setParameter(1, id).executeUpdate();
            linkIdeas(recommendation, form.getIdeaIds());
        }
        audit.record("recommendation.edit", "Recommendation", id, clip("before: " + before));
        return recommendation;
    }

    public void delete(@NotNull Long id) {
        Recommendation recommendation = find(id);
        Forum forum = forums.getModerated(recommendation.getForumId(), "recommendation.delete");
        if (forum.getPhase() != ForumPhase.OPEN) {
            throw new BusinessException("recommendation.draftOnlyWhileOpen");
        }
        em.remove(recommendation);
        audit.record("recommendation.delete", "Recommendation", id, recommendation.getTitle());
    }

    /** Moves a recommendation one place up or down among those of its theme. */
    public void move(@NotNull Long id, boolean up) {
        Recommendation recommendation = find(id);
        Forum forum = forums.getModerated(recommendation.getForumId(), "recommendation.edit");
        if (forum.getPhase() != ForumPhase.OPEN) {
            throw new BusinessException("recommendation.draftOnlyWhileOpen");
        }
        List<Recommendation> sameTheme = em.createQuery(
                        "select r from Recommendation r where r.forumId = :forum order by r.position, r.id", Recommendation.class)
                .setParameter("forum", forum.getId()).getResultList().stream()
                .filter(r -> java.util.Objects.equals(r.getThemeId(), recommendation.getThemeId())).toList();
        int index = sameTheme.indexOf(recommendation);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= sameTheme.size()) {
            return;
        }
        Recommendation neighbour = sameTheme.get(other);
        int position = recommendation.getPosition();
        recommendation.moveTo(neighbour.getPosition() == position ? position + (up ? -1 : 1) : neighbour.getPosition());
        neighbour.moveTo(position);
    }

    // ---------------------------------------------------------------- discussion

    public List<RecommendationCommentView> comments(@NotNull Long id, int first, int pageSize) {
        Recommendation recommendation = find(id);
        forums.getVisible(recommendation.getForumId());
        Long me = caller.userId();
        return NativeRows.query(em, "SELECT c.id, u.name, c.body, c.author_id, c.created_at FROM recommendation_comment c"
                        + " JOIN shared_user u ON u.id = c.author_id WHERE c.recommendation_id = ?"
                        + " ORDER BY c.created_at DESC, c.id DESC LIMIT ? OFFSET ?", id, pageSize, first).stream()
                .map(r -> new RecommendationCommentView(r.id("id"), r.string("name"), r.string("body"),
                        Long.valueOf(r.id("author_id")).equals(me), r.instant("created_at")))
                .toList();
    }

    public long countComments(@NotNull Long id) {
        Recommendation recommendation = find(id);
        forums.getVisible(recommendation.getForumId());
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM recommendation_comment WHERE recommendation_id = ?")
                .setParameter(1, id).getSingleResult()).longValue();
    }

    /** Members comment on drafts while the forum is open or voting. */
    public void comment(@NotNull Long id, @NotBlank(message = "{validation.required}")
                        @Size(max = 5_000, message = "{validation.tooLong}") String body) {
        Recommendation recommendation = find(id);
        if (!caller.isAuthenticated()) {
            throw audit.refuse("recommendation.comment", "Recommendation", id, "error.unauthenticated");
        }
        Forum forum = forums.getVisible(recommendation.getForumId());
        if (forum.getPhase() != ForumPhase.OPEN && forum.getPhase() != ForumPhase.VOTING) {
            throw new BusinessException("recommendation.commentsClosed");
        }
        forums.ensureMember(forum);
        if (!forums.canModerate(forum) && !forums.isMember(forum.getId())) {
            throw audit.refuse("recommendation.comment", "Recommendation", id, "forum.membersOnly");
        }
        em.createNativeQuery("INSERT INTO recommendation_comment (recommendation_id, author_id, body, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, caller.userId()).setParameter(3, body.strip()).setParameter(4, Instant.now())
                .executeUpdate();
        em.createNativeQuery("UPDATE recommendation SET comment_count = comment_count + 1 WHERE id = ?").setParameter(1, id)
                .executeUpdate();
        audit.record("recommendation.comment", "Recommendation", id, null);
    }

    // ---------------------------------------------------------------- helpers

    private Recommendation find(Long id) {
        Recommendation recommendation = em.find(Recommendation.class, id);
        if (recommendation == null) {
            throw new NotFoundException("recommendation.notFound");
        }
        return recommendation;
    }

    private static void describe(Recommendation recommendation, Forum forum, RecommendationForm form) {
        if (form.getThemeId() != null && !forum.hasTheme(form.getThemeId())) {
            throw new BusinessException("idea.themeUnknown");
        }
        recommendation.describe(form.getThemeId(), form.getTitle().strip(), form.getBody().strip());
    }

    private void linkIdeas(Recommendation recommendation, List<Long> ideaIds) {
        for (Long ideaId : new LinkedHashSet<>(ideaIds)) {
            int linked = em.createNativeQuery("INSERT IGNORE INTO recommendation_idea (recommendation_id, idea_id)"
                            + " SELECT ?, i.id FROM shared_idea i WHERE i.id = ? AND i.forum_id = ?")
                    .setParameter(1, recommendation.getId()).setParameter(2, ideaId).setParameter(3, recommendation.getForumId())
                    .executeUpdate();
            if (linked == 0) {
                throw new BusinessException("recommendation.ideaNotInForum", ideaId);
            }
        }
    }

    private static String clip(String s) {
        return s.length() <= 900 ? s : s.substring(0, 900) + "…";
    }

    private static RecommendationView.IdeaRef ref(NativeRows.Row r) {
        return new RecommendationView.IdeaRef(r.id("id"), r.string("title"));
    }
}
