package id.sinergi.action;

import id.sinergi.platform.TimerJobs;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Starts the daily action job from 06.00 WIB, retried every half hour the rest of the day so a
 * node that was down at six still runs it; the job itself runs once per day across all nodes.
 */
@Singleton
@Lock(LockType.READ)
public class ActionTimer {

    private static final Logger LOG = Logger.getLogger(ActionTimer.class.getName());

    @Inject
    private ActionJobService job;

    @Schedule(hour = "6-23", minute = "0,30", timezone = "Asia/Jakarta", persistent = false)
    void daily() {
        TimerJobs.run(LOG, "Daily action job", () -> {
            ActionJobService.Result result = job.runToday();
            if (result.ran()) {
                LOG.info(() -> "Daily action job: " + result);
            }
        });
    }
}
