package id.sinergi.recommendation.voting;

import java.io.Serializable;
import java.time.Instant;

/** A forum's vote as pages show it. */
public record BallotView(Long forumId, Instant openedAt, Instant endsAt, Instant closedAt, int quorumPercent,
                         int thresholdPercent, boolean showRunningTotals, Integer eligibleCount, String rollMode,
                         Integer voterCount, Integer minGroupSize) implements Serializable {

    static BallotView of(Ballot b) {
        return new BallotView(b.getForumId(), b.getOpenedAt(), b.getEndsAt(), b.getClosedAt(), b.getQuorumPercent(),
                b.getThresholdPercent(), b.isShowRunningTotals(), b.getEligibleCount(), b.getRollMode(), b.getVoterCount(),
                b.getMinGroupSize());
    }

    public boolean closed() {
        return closedAt != null;
    }

    public boolean open() {
        return closedAt == null && Instant.now().isBefore(endsAt);
    }
}
