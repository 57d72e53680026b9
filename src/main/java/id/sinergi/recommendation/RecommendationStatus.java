package id.sinergi.recommendation;

/** DRAFT until the vote closes; then ADOPTED or REJECTED, with its numbers frozen. */
public enum RecommendationStatus {
    DRAFT, ADOPTED, REJECTED;

    public String messageKey() {
        return "recommendation.status." + name();
    }
}
