package id.sinergi.idea;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A comment with its replies (one level), as the viewer may see it. */
public record CommentView(Long id, Long parentId, String authorName, String body, boolean hidden, String hiddenReason,
                          boolean mine, Instant createdAt, List<CommentView> replies) implements Serializable {
}
