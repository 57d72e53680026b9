package id.sinergi.platform;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a scheduled job so that its timer survives a failure. An exception out of a timer method makes the EJB
 * container try once more and then expunge the timer for good (EJB5119 "after [2] failed deliveries"): a
 * database outage of a few seconds used to stop the vote's sweep, the mail retry and the daily action job until
 * the next restart. The next tick runs the job again instead. The job must run in transactions of its own
 * ({@code REQUIRES_NEW} services): a failure inside the timer's transaction marks it for rollback, and that fails
 * the delivery all the same.
 */
public final class TimerJobs {

    private TimerJobs() {
    }

    public static void run(Logger log, String job, Runnable body) {
        try {
            body.run();
        } catch (RuntimeException e) {
            if (DatabaseDown.isCause(e)) {
                log.warning(() -> job + " skipped, the database is unavailable (next run as scheduled): " + e);
            } else {
                log.log(Level.SEVERE, job + " failed; it runs again as scheduled", e);
            }
        }
    }
}
