package id.sinergi.recommendation.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The vote of one forum: when it ends, its rules, and when it closed. */
@Entity
@Table(name = "ballot")
public class Ballot {

    @Id
    @Column(name = "forum_id")
    private Long forumId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "quorum_percent", nullable = false)
    private int quorumPercent;

    @Column(name = "threshold_percent", nullable = false)
    private int thresholdPercent;

    @Column(name = "show_running_totals", nullable = false)
    private boolean showRunningTotals;

    @Column(name = "eligible_count")
    private Integer eligibleCount;

    /** Frozen at the close: how the roll was formed, how many voted, the disclosure rule. */
    @Column(name = "roll_mode")
    private String rollMode;

    @Column(name = "voter_count")
    private Integer voterCount;

    @Column(name = "min_group_size")
    private Integer minGroupSize;

    @Version
    private int version;

    protected Ballot() {
    }

    Ballot(Long forumId, Instant endsAt, int quorumPercent, int thresholdPercent, boolean showRunningTotals) {
        this.forumId = forumId;
        this.openedAt = Instant.now();
        this.endsAt = endsAt;
        this.quorumPercent = quorumPercent;
        this.thresholdPercent = thresholdPercent;
        this.showRunningTotals = showRunningTotals;
    }

    public Long getForumId() { return forumId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getEndsAt() { return endsAt; }
    public Instant getClosedAt() { return closedAt; }
    public int getQuorumPercent() { return quorumPercent; }
    public int getThresholdPercent() { return thresholdPercent; }
    public boolean isShowRunningTotals() { return showRunningTotals; }
    public Integer getEligibleCount() { return eligibleCount; }
    public String getRollMode() { return rollMode; }
    public Integer getVoterCount() { return voterCount; }
    public Integer getMinGroupSize() { return minGroupSize; }

    public boolean isClosed() {
        return closedAt != null;
    }
}
