package id.sinergi.recommendation.voting;

import id.sinergi.forum.RollMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals by institution type that cannot single anybody out: a group with fewer voters than the
 * forum's minimum (5 by default, never below {@value RollMode#SMALLEST_GROUP}) is merged into
 * {@value #OTHER}; when that leaves "other" itself too small, the smallest named group joins it
 * too, until "other" is empty or big enough (or is all there is). Voters whose institution is only
 * claimed form the group {@value #UNCONFIRMED}, under the same rule.
 */
public final class Breakdown {

    public static final String OTHER = "OTHER";
    public static final String UNCONFIRMED = "UNCONFIRMED";

    private Breakdown() {
    }

    public record Group(String key, int agree, int disagree, int abstain) implements java.io.Serializable {
        Group(String key, Tally tally) {
            this(key, tally.agree(), tally.disagree(), tally.abstain());
        }

        public Tally tally() {
            return new Tally(agree, disagree, abstain);
        }
    }

    /** Groups by voters, largest first, "other" last. {@code byType} may contain OTHER already. */
    public static List<Group> of(Map<String, Tally> byType, int minGroup) {
        int min = Math.max(RollMode.SMALLEST_GROUP, minGroup);
        Map<String, Tally> named = new LinkedHashMap<>();
        Tally other = byType.getOrDefault(OTHER, Tally.NONE);
        for (Map.Entry<String, Tally> e : byType.entrySet()) {
            if (OTHER.equals(e.getKey()) || e.getValue().voters() == 0) {
                continue;
            }
            if (e.getValue().voters() < min) {
                other = other.plus(e.getValue());
            } else {
                named.put(e.getKey(), e.getValue());
            }
        }
        while (other.voters() > 0 && other.voters() < min && !named.isEmpty()) {
            String smallest = named.entrySet().stream()
                    .min(Comparator.comparingInt((Map.Entry<String, Tally> e) -> e.getValue().voters())
                            .thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            other = other.plus(named.remove(smallest));
        }
        List<Group> groups = new ArrayList<>();
        named.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> -e.getValue().voters()).thenComparing(Map.Entry::getKey))
                .forEach(e -> groups.add(new Group(e.getKey(), e.getValue())));
        if (other.voters() > 0) {
            groups.add(new Group(OTHER, other));
        }
        return groups;
    }
}
