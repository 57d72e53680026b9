package id.sinergi.forum.roll;

import java.io.Serializable;
import java.time.Instant;

/** One person on a forum's roll (or in its queue), as moderators see it. */
public record RollEntry(Long userId, String name, String email, String institution, boolean affiliationConfirmed,
                        VoterStatus status, String source, Instant requestedAt, Instant invitedAt, Instant acceptedAt,
                        Instant checkedInAt, String badgeCode) implements Serializable {
}
