package id.sinergi.idea;

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

/**
 * A participant's contribution to a forum. It refers to forum, theme and author by id: the idea
 * component reads them through their services, and the board reads rows as projections.
 */
@Entity
@Table(name = "idea")
public class Idea {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 5_000;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false)
    private Long forumId;

    @Column(name = "theme_id", nullable = false)
    private Long themeId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false)
    private boolean anonymous;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IdeaStatus status = IdeaStatus.VISIBLE;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "support_count", nullable = false)
    private int supportCount;

    @Column(name = "comment_count", nullable = false)
    private int commentCount;

    @Column(name = "open_reports", nullable = false)
    private int openReports;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Idea() {
    }

    Idea(Long forumId, Long themeId, Long authorId, String title, String body, boolean anonymous) {
        this.forumId = forumId;
        this.themeId = themeId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.anonymous = anonymous;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getForumId() { return forumId; }
    public Long getThemeId() { return themeId; }
    public Long getAuthorId() { return authorId; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public boolean isAnonymous() { return anonymous; }
    public IdeaStatus getStatus() { return status; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public String getHiddenReason() { return hiddenReason; }
    public int getSupportCount() { return supportCount; }
    public int getCommentCount() { return commentCount; }
    public int getOpenReports() { return openReports; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** The author may still change or withdraw it: nobody has supported or commented it yet. */
    public boolean isUntouched() {
        return supportCount == 0 && commentCount == 0;
    }

    void edit(Long themeId, String title, String body, boolean anonymous) {
        this.themeId = themeId;
        this.title = title;
        this.body = body;
        this.anonymous = anonymous;
        this.updatedAt = Instant.now();
    }

    void withdraw() {
        status = IdeaStatus.WITHDRAWN;
        updatedAt = Instant.now();
    }

    void hide(String reason) {
        status = IdeaStatus.HIDDEN;
        hiddenReason = reason;
        openReports = 0;
        updatedAt = Instant.now();
    }

    void restore() {
        status = IdeaStatus.VISIBLE;
        hiddenReason = null;
        openReports = 0;
        updatedAt = Instant.now();
    }

    void mergeInto(Long targetId) {
        status = IdeaStatus.MERGED;
        mergedIntoId = targetId;
        openReports = 0;
        updatedAt = Instant.now();
    }
}
