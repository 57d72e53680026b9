package id.sinergi.platform;

import id.sinergi.testing.InContainer;
import id.sinergi.testing.Sql;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real deadlock in MariaDB (what a Galera certification conflict also reaches the application as,
 * 1213): the write that InnoDB rolls back to break it is tried again by {@link ConflictRetry} and lands
 * once; a business refusal is never tried again.
 */
@ExtendWith(InContainer.class)
class ConflictRetryIT {

    @Inject
    ConflictProbe probe;

    @Test
    void theWriteChosenToBreakADeadlockIsTriedAgainAndLandsOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long first = Sql.institution("Uji kebuntuan A " + run, null);
        long second = Sql.institution("Uji kebuntuan B " + run, null);
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch secondTaken = new CountDownLatch(1);
        AtomicInteger attempts = new AtomicInteger();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread writer = Thread.ofPlatform().start(() -> {
            try {
                probe.collide(first, second, firstLocked, secondTaken, attempts);
            } catch (Throwable t) {
                failed.set(t);
            }
        });

        try (Connection c = Sql.connect()) {
            c.setAutoCommit(false);
            assertTrue(firstLocked.await(20, TimeUnit.SECONDS), "the application's transaction holds the first row");
            // a heavier transaction than the application's, so InnoDB rolls the application's back to break the cycle
            try (PreparedStatement fill = c.prepareStatement("INSERT INTO institution (name, type) VALUES (?, 'OTHER')")) {
                for (int i = 0; i < 30; i++) {
                    fill.setString(1, "Uji kebuntuan isi " + run + " " + i);
                    fill.addBatch();
                }
                fill.executeBatch();
            }
            bump(c, second);
            secondTaken.countDown();
            Thread.sleep(500); // the application now waits for the second row, which this transaction holds
            bump(c, first);    // and this waits for the first: a cycle, which InnoDB breaks at once
            c.commit();
        }
        writer.join(30_000);

        assertNull(failed.get(), () -> "the write failed: " + failed.get());
        assertEquals(2, attempts.get(), "rolled back once, then landed");
        assertEquals(2, Sql.count("SELECT version FROM institution WHERE id = ?", first), "this transaction's and the retry's");
        assertEquals(2, Sql.count("SELECT version FROM institution WHERE id = ?", second));
    }

    @Test
    void aRefusalIsNotTriedAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(ConflictException.class, () -> probe.refuse(attempts));
        assertEquals(1, attempts.get());
    }

    private static void bump(Connection c, long id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("UPDATE institution SET version = version + 1 WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }
}
