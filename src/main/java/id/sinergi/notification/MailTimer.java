package id.sinergi.notification;

import id.sinergi.platform.TimerJobs;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * When mail goes out besides right after a commit ({@link MailTrigger}): every minute for what failed
 * before, and the daily digest at 07.00 WIB. Timers are not persistent: every node runs them,
 * and the dispatcher's row claims keep each mail single.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTimer {

    private static final Logger LOG = Logger.getLogger(MailTimer.class.getName());

    @Inject
    private MailDispatcher dispatcher;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false)
    void retry() {
        TimerJobs.run(LOG, "Mail retry", dispatcher::drain);
    }

    @Schedule(hour = "7", minute = "0", timezone = "Asia/Jakarta", persistent = false)
    void digest() {
        TimerJobs.run(LOG, "Daily digest", dispatcher::sendDigests);
    }
}
