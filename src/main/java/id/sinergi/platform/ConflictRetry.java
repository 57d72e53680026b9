package id.sinergi.platform;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import javax.naming.InitialContext;
import java.io.Serial;
import java.io.Serializable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Tries a {@link RetriedOnConflict} call again, up to {@value #ATTEMPTS} times in all, when it failed
 * because its transaction was chosen to break a deadlock or lost a Galera certification conflict
 * ({@link TransientFailures#isDeadlock}): that transaction was rolled back whole, so the next attempt
 * starts clean. Business refusals and every other failure pass through at once; inside a caller's
 * transaction nothing is retried (it is already marked for rollback).
 */
@RetriedOnConflict
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ConflictRetry implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(ConflictRetry.class.getName());

    /** Looked up, not injected: this interceptor travels with view-scoped page beans in the session. */
    private transient TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (transactions == null) {
            transactions = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        }
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return invocation.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt >= ATTEMPTS || e instanceof BusinessException || !TransientFailures.isDeadlock(e)) {
                    throw e;
                }
                int tried = attempt;
                LOG.info(() -> invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName()
                        + ": transaction rolled back on a conflict (attempt " + tried + "), trying again");
                // apart, so two writers that collided do not collide again at once
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
            }
        }
    }
}
