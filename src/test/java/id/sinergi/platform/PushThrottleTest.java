package id.sinergi.platform;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The throttle forgets keys whose interval is over once it holds many (the inbox channel has one per user). */
class PushThrottleTest {

    @Test
    void manyUsersPushedOnceAreForgottenAfterTheirInterval() throws Exception {
        PushThrottle throttle = new PushThrottle();
        AtomicInteger sent = new AtomicInteger();
        for (long user = 1; user <= PushThrottle.PRUNE_AT + 1; user++) {
            throttle.push("inbox", user, id -> sent.incrementAndGet());
        }
        assertEquals(PushThrottle.PRUNE_AT + 1, sent.get(), "each first push goes at once");
        assertEquals(PushThrottle.PRUNE_AT + 1, throttle.remembered());
        Thread.sleep(PushThrottle.INTERVAL_MS + 50);
        throttle.push("inbox", 1L, id -> sent.incrementAndGet());
        assertEquals(PushThrottle.PRUNE_AT + 2, sent.get(), "a key whose interval is over goes at once");
        assertTrue(throttle.remembered() <= 1, "the rest is forgotten: " + throttle.remembered());
    }
}
