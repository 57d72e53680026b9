package id.sinergi.idea;

import java.io.Serializable;
import java.time.Instant;

/**
 * An idea as one viewer may see it: the author's name is null when the idea is anonymous to this
 * viewer, the support count null when the forum hides counts from this viewer.
 */
public record IdeaView(Long id, Long forumId, Long themeId, String themeName, String title, String body,
                       boolean anonymous, String authorName, boolean mine, IdeaStatus status, Long mergedIntoId,
                       String hiddenReason, Integer supportCount, int commentCount, int openReports,
                       boolean supportedByMe, boolean editable, Instant createdAt) implements Serializable {

    public boolean visible() {
        return status == IdeaStatus.VISIBLE;
    }
}
