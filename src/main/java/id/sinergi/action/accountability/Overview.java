package id.sinergi.action.accountability;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A forum's figures as a whole, per recommendation and per institution (by name): what the
 * accountability page and the dashboard show, computed once per change of the forum's actions.
 */
public record Overview(Figures total, List<Figures> byRecommendation, List<Figures> byInstitution)
        implements Serializable {

    /** The lagging first: most overdue, then most blocked, then least complete. */
    static final Comparator<Figures> LAGGING = Comparator.comparingLong(Figures::overdue).reversed()
            .thenComparing(Comparator.comparingLong(Figures::blocked).reversed())
            .thenComparingDouble(Figures::completion)
            .thenComparing(Figures::label);

    public List<Figures> lagging() {
        return byInstitution.stream().sorted(LAGGING).toList();
    }

    public Optional<Figures> institution(long institutionId) {
        return byInstitution.stream().filter(f -> f.id() == institutionId).findFirst();
    }
}
