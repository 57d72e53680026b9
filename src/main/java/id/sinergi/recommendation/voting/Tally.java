package id.sinergi.recommendation.voting;

import java.io.Serializable;

/**
 * The totals of one recommendation and the adoption rule: adopted when the turnout (voters,
 * abstentions included, over the eligible members) reaches the quorum and the agree votes are
 * more than the threshold's share of the agree and disagree votes (abstentions left out).
 */
public record Tally(int agree, int disagree, int abstain) implements Serializable {

    public static final Tally NONE = new Tally(0, 0, 0);

    public int voters() {
        return agree + disagree + abstain;
    }

    public Tally plus(Tally other) {
        return new Tally(agree + other.agree, disagree + other.disagree, abstain + other.abstain);
    }

    public Tally plus(Choice choice, int count) {
        return switch (choice) {
            case AGREE -> new Tally(agree + count, disagree, abstain);
            case DISAGREE -> new Tally(agree, disagree + count, abstain);
            case ABSTAIN -> new Tally(agree, disagree, abstain + count);
        };
    }

    /** Turnout in percent of {@code eligible}, 0 when nobody was eligible. */
    public double turnoutPercent(int eligible) {
        return eligible <= 0 ? 0 : 100.0 * voters() / eligible;
    }

    /** Share of agree among agree and disagree, in percent; 0 when nobody took a side. */
    public double agreePercent() {
        int decided = agree + disagree;
        return decided == 0 ? 0 : 100.0 * agree / decided;
    }

    public boolean quorumReached(int eligible, int quorumPercent) {
        return eligible > 0 && (long) voters() * 100 >= (long) quorumPercent * eligible;
    }

    public boolean adopted(int eligible, int quorumPercent, int thresholdPercent) {
        return quorumReached(eligible, quorumPercent) && agree > 0
                && (long) agree * 100 > (long) thresholdPercent * (agree + disagree);
    }
}
