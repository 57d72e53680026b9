package id.sinergi.recommendation.voting;

/** A vote was cast or the vote closed in this forum; carries no choice and no voter. */
public record TallyChanged(Long forumId) {
}
