package id.sinergi.idea;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A comment on an idea, or a reply to one (one level deep). */
@Entity
@Table(name = "idea_comment")
public class IdeaComment {

    public static final int BODY_MAX = 3_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idea_id", nullable = false)
    private Long ideaId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false)
    private String status = "VISIBLE";

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "open_reports", nullable = false)
    private int openReports;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdeaComment() {
    }

    IdeaComment(Long ideaId, Long parentId, Long authorId, String body) {
        this.ideaId = ideaId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public Long getIdeaId() { return ideaId; }
    public Long getParentId() { return parentId; }
    public Long getAuthorId() { return authorId; }
    public String getBody() { return body; }
    public boolean isHidden() { return "HIDDEN".equals(status); }
    public String getHiddenReason() { return hiddenReason; }
    public Instant getCreatedAt() { return createdAt; }

    void hide(String reason) {
        status = "HIDDEN";
        hiddenReason = reason;
        openReports = 0;
    }

    void restore() {
        status = "VISIBLE";
        hiddenReason = null;
        openReports = 0;
    }
}
