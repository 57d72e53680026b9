package id.sinergi.idea;

import java.io.Serializable;
import java.time.Instant;

/** A reported idea or comment in the moderation queue, with the newest reason. */
public record FlaggedItem(Long ideaId, Long commentId, String title, String excerpt, int openReports, String reason,
                         Instant reportedAt) implements Serializable {
}
