package id.sinergi.recommendation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A recommendation of a forum: drafted by moderators, voted on, then adopted or rejected. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;
    public static final int PER_FORUM_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private Long forumId;

    @Column(name = "theme_id")
    private Long themeId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RecommendationStatus status = RecommendationStatus.DRAFT;

    @Column(name = "created_by", nullable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Recommendation() {
    }

    Recommendation(Long forumId, Long createdBy, int position) {
        this.forumId = forumId;
        this.createdBy = createdBy;
        this.position = position;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getForumId() { return forumId; }
    public Long getThemeId() { return themeId; }
    public int getPosition() { return position; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public RecommendationStatus getStatus() { return status; }

    void describe(Long themeId, String title, String body) {
        this.themeId = themeId;
        this.title = title;
        this.body = body;
        this.updatedAt = Instant.now();
    }

    void moveTo(int position) {
        this.position = position;
    }
}
