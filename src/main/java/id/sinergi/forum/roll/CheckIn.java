package id.sinergi.forum.roll;

import java.io.Serializable;
import java.time.Instant;

/** A badge scanned or a name found at the venue: who it is and when they were checked in. */
public record CheckIn(Long userId, String name, String institution, VoterStatus status, Instant checkedInAt,
                      boolean justNow) implements Serializable {
}
