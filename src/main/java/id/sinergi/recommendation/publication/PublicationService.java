package id.sinergi.recommendation.publication;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.identity.UserService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import id.sinergi.recommendation.RecommendationService;
import id.sinergi.recommendation.RecommendationStatus;
import id.sinergi.recommendation.RecommendationView;
import id.sinergi.recommendation.voting.BallotView;
import id.sinergi.recommendation.voting.Breakdown;
import id.sinergi.recommendation.voting.VotingService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing the final recommendations and reading the published versions. Reading is public:
 * a published version is the forum's public output, whatever the forum's visibility.
 */
@Stateless
public class PublicationService {

    public static final int NOTE_MAX = 500;
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String ROW = "SELECT p.forum_id, f.slug, p.version, p.change_note, p.published_at, p.published_by,"
            + " p.sha256, p.document FROM publication p JOIN shared_forum f ON f.id = p.forum_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private VotingService voting;

    @Inject
    private AuditService audit;

    @Inject
    private UserService users;

    @Inject
    private NotificationService notifications;

    /**
     * Publishes the next version of the forum's final recommendations. The first version needs a
     * closed vote and moves the forum to PUBLISHED; later ones carry corrections of the text.
     */
    public Publication.Summary publish(@NotNull Long forumId, @NotBlank(message = "{validation.required}")
                                       @Size(max = NOTE_MAX, message = "{validation.tooLong}") String changeNote) {
        Forum forum = forums.getModerated(forumId, "publication.publish");
        return publish(forum, changeNote.strip(), Instant.now(), users.get(caller.userId()).getName(), true);
    }

    /**
     * Publishes as the organiser, at a given time: for the demo data, which shows a forum
     * published last year. Refused to any logged-in caller; only start-up code runs it.
     */
    public Publication.Summary publishAsOrganiser(@NotNull Long forumId, @NotBlank String changeNote,
                                                  @NotNull Instant publishedAt) {
        if (caller.isAuthenticated()) {
            throw audit.refuse("publication.publish", "Forum", forumId, "forum.moderatorsOnly");
        }
        Forum forum = forums.get(forumId);
        voting.closeDue();
        // history, not news: nobody is e-mailed about it
        return publish(forum, changeNote, publishedAt,
                forum.getOrganiser() == null ? "Sinergi" : forum.getOrganiser().getName(), false);
    }

    private Publication.Summary publish(Forum forum, String changeNote, Instant at, String by, boolean notify) {
        // one publisher at a time per forum: the version numbers stay gapless
        em.createNativeQuery("SELECT id FROM shared_forum WHERE id = ? FOR UPDATE").setParameter(1, forum.getId()).getResultList();
        BallotView ballot = voting.ballot(forum.getId()).filter(BallotView::closed)
                .orElseThrow(() -> new BusinessException("publication.voteNotClosed"));
        ForumPhase phase = forum.getPhase();
        // the organiser's own history (the demo's past forums) may be of a forum already archived
        boolean archived = !notify && phase == ForumPhase.CLOSED;
        if (phase != ForumPhase.VOTING && phase != ForumPhase.PUBLISHED && phase != ForumPhase.FOLLOW_UP && !archived) {
            throw new BusinessException("publication.notNow");
        }
        String document = JSON.toJson(document(forum, ballot));
        Optional<NativeRows.Row> last = NativeRows.first(em, ROW + " WHERE p.forum_id = ? ORDER BY p.version DESC LIMIT 1",
                forum.getId());
        if (last.isPresent() && document.equals(last.get().string("document"))) {
            throw new BusinessException("publication.unchanged", last.get().integer("version"));
        }
        int version = last.map(r -> r.integer("version") + 1).orElse(1);
        String sha256 = sha256(document);
        em.createNativeQuery("INSERT INTO publication (forum_id, version, change_note, published_at, published_by, document, sha256)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, forum.getId()).setParameter(2, version).setParameter(3, changeNote).setParameter(4, at)
                .setParameter(5, by).setParameter(6, document).setParameter(7, sha256)
                .executeUpdate();
        if (phase == ForumPhase.VOTING) {
            forums.advance(forum.getId(), ForumPhase.PUBLISHED);
        }
        if (caller.isAuthenticated()) {
            audit.record("publication.publish", "Forum", forum.getId(), "v" + version + ": " + changeNote);
        } else {
            audit.recordSystem("publication.publish", "Forum", forum.getId(), "v" + version + ": " + changeNote);
        }
        if (notify) {
            notifications.notifyByMail(forums.memberIds(forum.getId()), "notify.published", forum.getTitle(),
                    "/f/" + forum.getSlug() + "/recommendations/v" + version);
        }
        return new Publication.Summary(version, changeNote, at, by, sha256);
    }

    private PublishedDocument document(Forum forum, BallotView ballot) {
        List<RecommendationView> all = recommendations.forPublication(forum.getId());
        Map<Long, List<Breakdown.Group>> groups = voting.breakdown(forum.getId());
        int[] number = {1};
        List<PublishedDocument.Item> adopted = all.stream()
                .filter(r -> r.status() == RecommendationStatus.ADOPTED)
                .map(r -> new PublishedDocument.Item(number[0]++, r.themeName(), r.title(), r.body(), r.result().agree(),
                        r.result().disagree(), r.result().abstain(), groups.getOrDefault(r.id(), List.of()).stream()
                        .map(g -> new PublishedDocument.Group(g.key(), g.agree(), g.disagree(), g.abstain()))
                        .toList()))
                .toList();
        @SuppressWarnings("unchecked")
        List<String> institutions = em.createNativeQuery("SELECT DISTINCT i.name FROM shared_forum_member m"
                        + " JOIN shared_user u ON u.id = m.user_id JOIN shared_institution i ON i.id = u.institution_id"
                        + " WHERE m.forum_id = ? ORDER BY i.name")
                .setParameter(1, forum.getId()).getResultList();
        return new PublishedDocument(forum.getTitle(), forum.getSlug(), forum.getDescription(), forum.getVenue(),
                forum.getStartsAt(), forum.getEndsAt(), forum.getOrganiser() == null ? null : forum.getOrganiser().getName(),
                ballot.closedAt(), ballot.eligibleCount() == null ? 0 : ballot.eligibleCount(), ballot.quorumPercent(),
                ballot.thresholdPercent(), all.size(), adopted, institutions, ballot.rollMode(),
                ballot.voterCount(), ballot.minGroupSize());
    }

    // ---------------------------------------------------------------- reading (public)

    public List<Publication.Summary> versions(@NotNull String slug) {
        return NativeRows.query(em, "SELECT p.version, p.change_note, p.published_at, p.published_by, p.sha256"
                        + " FROM publication p JOIN shared_forum f ON f.id = p.forum_id WHERE f.slug = ? ORDER BY p.version DESC", slug)
                .stream().map(r -> new Publication.Summary(r.integer("version"), r.string("change_note"),
                        r.instant("published_at"), r.string("published_by"), r.string("sha256"))).toList();
    }

    /** The latest version, or empty when nothing is published yet. */
    public Optional<Publication> latest(@NotNull String slug) {
        return NativeRows.first(em, ROW + " WHERE f.slug = ? ORDER BY p.version DESC LIMIT 1", slug)
                .map(PublicationService::publication);
    }

    public Publication version(@NotNull String slug, int version) {
        return NativeRows.first(em, ROW + " WHERE f.slug = ? AND p.version = ?", slug, version).map(PublicationService::publication)
                .orElseThrow(() -> new NotFoundException("publication.notFound"));
    }

    private static Publication publication(NativeRows.Row r) {
        String document = r.string("document");
        if (!sha256(document).equals(r.string("sha256"))) {
            // the triggers make this impossible through SQL; a changed file on disk would show here
            throw new IllegalStateException("Publication " + r.string("slug") + " v" + r.integer("version")
                    + " does not match its SHA-256");
        }
        return new Publication(r.id("forum_id"), r.string("slug"), r.integer("version"), r.string("change_note"),
                r.instant("published_at"), r.string("published_by"), r.string("sha256"),
                JSON.fromJson(document, PublishedDocument.class));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
