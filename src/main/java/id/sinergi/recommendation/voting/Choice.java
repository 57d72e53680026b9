package id.sinergi.recommendation.voting;

/** Setuju / Tidak setuju / Abstain. */
public enum Choice {
    AGREE, DISAGREE, ABSTAIN;

    public String messageKey() {
        return "vote.choice." + name();
    }
}
