package id.sinergi.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts sending right after a commit that queued immediate mail, off the request thread. */
@ApplicationScoped
public class MailTrigger {

    @Inject
    private MailDispatcher dispatcher;

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        dispatcher.drainSoon();
    }
}
