package id.sinergi.recommendation.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Totals by institution type that cannot single anybody out: a group with fewer than
 * {@value #MIN_GROUP} voters is merged into {@value #OTHER}; when that leaves "other" itself
 * with one or two voters, the smallest named group joins it too, until "other" is empty or big
 * enough (or is all there is).
 */
public final class Breakdown {

    public static final int MIN_GROUP = 3;
    public static final String OTHER = "OTHER";

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
    public static List<Group> of(Map<String, Tally> byType) {
        Map<String, Tally> named = new LinkedHashMap<>();
        Tally other = byType.getOrDefault(OTHER, Tally.NONE);
        for (Map.Entry<String, Tally> e : byType.entrySet()) {
            if (OTHER.equals(e.getKey()) || e.getValue().voters() == 0) {
                continue;
            }
            if (e.getValue().voters() < MIN_GROUP) {
                other = other.plus(e.getValue());
            } else {
                named.put(e.getKey(), e.getValue());
            }
        }
        while (other.voters() > 0 && other.voters() < MIN_GROUP && !named.isEmpty()) {
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
