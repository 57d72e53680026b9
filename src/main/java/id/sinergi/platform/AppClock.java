package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The time as the application's scheduled work sees it: "today" in WIB for due dates and the
 * daily job. Tests replace this bean to move the day forward; production runs on the system clock.
 */
@ApplicationScoped
public class AppClock {

    private final Clock system = Clock.system(Formats.ZONE);

    public Clock clock() {
        return system;
    }

    public Instant now() {
        return clock().instant();
    }

    /** Today's date in WIB. */
    public LocalDate today() {
        return LocalDate.now(clock().withZone(Formats.ZONE));
    }
}
