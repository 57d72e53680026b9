package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** A boundary in front of {@link ConflictProbeWriter}, as a REST method or a page action is: for {@code ConflictRetryIT}. */
@ApplicationScoped
public class ConflictProbe {

    @Inject
    ConflictProbeWriter writer;

    @RetriedOnConflict
    public void collide(long first, long second, CountDownLatch firstLocked, CountDownLatch secondTaken, AtomicInteger attempts) {
        writer.write(first, second, firstLocked, secondTaken, attempts);
    }

    @RetriedOnConflict
    public void refuse(AtomicInteger attempts) {
        writer.refuse(attempts);
    }
}
