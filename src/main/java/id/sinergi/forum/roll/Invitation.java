package id.sinergi.forum.roll;

import java.io.Serializable;
import java.time.Instant;

/** What a personal invitation link stands for: one person on one forum's roll. */
public record Invitation(Long forumId, String slug, String forumTitle, Long userId, String name, String email,
                         boolean passwordSet, Instant acceptedAt) implements Serializable {
}
