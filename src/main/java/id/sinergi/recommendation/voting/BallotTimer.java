package id.sinergi.recommendation.voting;

import id.sinergi.platform.TimerJobs;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;

/**
 * Closes votes at their end time: a timer set for the exact end when the vote opens, and a
 * sweep every 15 seconds that also catches votes whose timer a restart lost (timers are not
 * persistent) and sends the day-before reminders. Every node runs them; closing and reminding
 * are conditional updates, so each happens once.
 */
@Singleton
@Lock(LockType.READ)
public class BallotTimer {

    private static final Logger LOG = Logger.getLogger(BallotTimer.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private VotingService voting;

    /** Sets the exact timer; created in the caller's transaction, so a rolled-back opening sets none. */
    public void closeAt(Long forumId, Instant endsAt) {
        timers.createSingleActionTimer(Date.from(endsAt), new TimerConfig(forumId, false));
    }

    @Timeout
    void atEndTime() {
        sweep();
    }

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sweep() {
        TimerJobs.run(LOG, "Vote sweep", () -> {
            int closed = voting.closeDue();
            int reminded = voting.remindDue();
            if (closed + reminded > 0) {
                LOG.info(() -> "Votes closed: " + closed + ", reminders sent: " + reminded);
            }
        });
    }
}
