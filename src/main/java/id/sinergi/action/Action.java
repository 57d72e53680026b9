package id.sinergi.action;

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
import java.time.LocalDate;

/**
 * A follow-up action as moderators assign and change it. Its status and progress are written only
 * by the review of a report (see {@code ReportService}), never by this entity's owners directly.
 */
@Entity
@Table(name = "action")
public class Action {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "forum_id", nullable = false, updatable = false)
    private Long forumId;

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private Long recommendationId;

    @Column(name = "institution_id", nullable = false)
    private Long institutionId;

    @Column(name = "lead_id")
    private Long leadId;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, insertable = false, updatable = false)
    private ActionStatus status;

    @Column(nullable = false, insertable = false, updatable = false)
    private int progress;

    @Column(name = "overdue_since", insertable = false, updatable = false)
    private LocalDate overdueSince;

    @Column(name = "created_by", nullable = false, updatable = false)
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    protected Action() {
    }

    Action(Long forumId, Long recommendationId, Long institutionId, Long leadId, String title, String description,
           LocalDate dueDate, Long createdBy, Instant now) {
        this.forumId = forumId;
        this.recommendationId = recommendationId;
        this.institutionId = institutionId;
        this.leadId = leadId;
        this.title = title;
        this.description = description;
        this.dueDate = dueDate;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() { return id; }
    public Long getForumId() { return forumId; }
    public Long getRecommendationId() { return recommendationId; }
    public Long getInstitutionId() { return institutionId; }
    public Long getLeadId() { return leadId; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
    public int getProgress() { return progress; }
    public LocalDate getOverdueSince() { return overdueSince; }
    public int getVersion() { return version; }

    void change(Long institutionId, Long leadId, String title, String description, LocalDate dueDate, Instant now) {
        this.institutionId = institutionId;
        this.leadId = leadId;
        this.title = title;
        this.description = description;
        this.dueDate = dueDate;
        this.updatedAt = now;
    }
}
