package id.sinergi.recommendation;

import java.io.Serializable;
import java.util.List;

/**
 * A recommendation as pages and the API show it, numbered in the forum's order (theme, then
 * position). {@code result} is null until the vote has closed: no running numbers leak here.
 */
public record RecommendationView(Long id, Long forumId, int number, Long themeId, String themeName, String title,
                                 String body, RecommendationStatus status, List<IdeaRef> ideas, int commentCount,
                                 Result result) implements Serializable {

    /** An idea a recommendation was drafted from. */
    public record IdeaRef(Long id, String title) implements Serializable {
    }

    /** The frozen totals of a closed vote. */
    public record Result(int agree, int disagree, int abstain, boolean adopted) implements Serializable {
        public int voters() {
            return agree + disagree + abstain;
        }
    }

    public boolean draft() {
        return status == RecommendationStatus.DRAFT;
    }
}
