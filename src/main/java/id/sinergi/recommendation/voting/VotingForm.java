package id.sinergi.recommendation.voting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;

/** How a moderator opens the vote: its end (WIB) and the forum's rules. */
public class VotingForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    private LocalDateTime endsAt;

    @Min(value = 0, message = "{validation.percent}")
    @Max(value = 100, message = "{validation.percent}")
    private int quorumPercent = 50;

    @Min(value = 0, message = "{validation.percent}")
    @Max(value = 99, message = "{validation.percent}")
    private int thresholdPercent = 50;

    private boolean showRunningTotals;

    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public int getQuorumPercent() { return quorumPercent; }
    public void setQuorumPercent(int quorumPercent) { this.quorumPercent = quorumPercent; }
    public int getThresholdPercent() { return thresholdPercent; }
    public void setThresholdPercent(int thresholdPercent) { this.thresholdPercent = thresholdPercent; }
    public boolean isShowRunningTotals() { return showRunningTotals; }
    public void setShowRunningTotals(boolean showRunningTotals) { this.showRunningTotals = showRunningTotals; }
}
