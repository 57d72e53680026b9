package id.sinergi.testing;

import id.sinergi.platform.AppClock;
import id.sinergi.platform.Formats;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The application's clock as in-container tests set it: the system clock until a test moves it to
 * a day of its choosing (and back with {@link #reset}).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class TestClock extends AppClock {

    private static volatile Clock fixed;

    /** From now on it is 09.00 WIB on {@code day}. */
    public static void setToday(LocalDate day) {
        fixed = Clock.fixed(day.atTime(9, 0).atZone(Formats.ZONE).toInstant(), ZoneOffset.UTC);
    }

    public static void reset() {
        fixed = null;
    }

    @Override
    public Clock clock() {
        Clock clock = fixed;
        return clock != null ? clock : super.clock();
    }
}
