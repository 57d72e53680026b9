package id.sinergi.recommendation;

import java.io.Serializable;
import java.time.Instant;

public record RecommendationCommentView(Long id, String authorName, String body, boolean mine, Instant createdAt)
        implements Serializable {
}
