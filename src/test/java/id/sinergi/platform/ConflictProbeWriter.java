package id.sinergi.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A service-shaped write for {@code ConflictRetryIT}: two rows in one transaction, the second after the test says so. */
@Stateless
public class ConflictProbeWriter {

    @PersistenceContext
    EntityManager em;

    public void write(long first, long second, CountDownLatch firstLocked, CountDownLatch secondTaken, AtomicInteger attempts) {
        attempts.incrementAndGet();
        em.createNativeQuery("UPDATE institution SET version = version + 1 WHERE id = ?").setParameter(1, first).executeUpdate();
        firstLocked.countDown();
        try {
            secondTaken.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        em.createNativeQuery("UPDATE institution SET version = version + 1 WHERE id = ?").setParameter(1, second).executeUpdate();
    }

    public void refuse(AtomicInteger attempts) {
        attempts.incrementAndGet();
        throw new ConflictException("carryOver.changed");
    }
}
