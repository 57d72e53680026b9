package id.sinergi.recommendation.publication;

import id.sinergi.recommendation.voting.Tally;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What a published version says, frozen: the forum as it was described, the rules and turnout of
 * the vote, the adopted recommendations with their results, and the participating institutions.
 * Labels (institution types, headings) are not stored: the reader's language supplies them.
 */
public record PublishedDocument(String forumTitle, String slug, String description, String venue, Instant startsAt,
                                Instant endsAt, String organiser, Instant votingClosedAt, int eligibleVoters,
                                int quorumPercent, int thresholdPercent, int votedOn,
                                List<Item> recommendations, List<String> institutions, String rollMode, Integer voters,
                                Integer minGroupSize) implements Serializable {

    /** Whether this version says how its roll was formed (versions published before the roll do not). */
    public boolean hasRoll() {
        return rollMode != null;
    }

    public String rollModeKey() {
        return "roll.mode." + rollMode;
    }

    /** One adopted recommendation, numbered as in the document. */
    public record Item(int number, String theme, String title, String body, int agree, int disagree, int abstain,
                       List<Group> groups) implements Serializable {

        public Tally tally() {
            return new Tally(agree, disagree, abstain);
        }
    }

    /** Totals of one institution type (or "OTHER"), never fewer than three voters. */
    public record Group(String key, int agree, int disagree, int abstain) implements Serializable {
    }
}
