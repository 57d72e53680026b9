package id.sinergi.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordAndThrottleTest {

    @Test
    void hashesVerifyOnlyTheirOwnPasswordAndAreSalted() {
        String hash = PasswordHasher.hash("sinergi-demo");
        assertTrue(hash.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"));
        assertTrue(PasswordHasher.verify("sinergi-demo", hash));
        assertFalse(PasswordHasher.verify("sinergi-demo!", hash));
        assertNotEquals(hash, PasswordHasher.hash("sinergi-demo"));
        assertFalse(PasswordHasher.verify("x", "md5$abc"));
        assertFalse(PasswordHasher.verify(null, hash));
    }

    @Test
    void aPasswordCheckedAMomentAgoIsNotHashedAgainButANewPasswordOrAWrongOneIs() {
        java.util.concurrent.atomic.AtomicInteger hashes = new java.util.concurrent.atomic.AtomicInteger();
        Instant[] now = {Instant.parse("2026-12-10T02:00:00Z")};
        RememberedPasswords remembered = new RememberedPasswords(() -> now[0], (password, stored) -> {
            hashes.incrementAndGet();
            return PasswordHasher.verify(password, stored);
        });
        String stored = PasswordHasher.hash("sinergi-demo");
        assertTrue(remembered.verify("sinergi-demo", stored));
        assertTrue(remembered.verify("sinergi-demo", stored));
        assertEquals(1, hashes.get(), "the second call came from memory");
        assertFalse(remembered.verify("sinergi-demo!", stored));
        assertFalse(remembered.verify("sinergi-demo!", stored));
        assertEquals(3, hashes.get(), "a wrong password is hashed every time");
        String changed = PasswordHasher.hash("sinergi-demo");
        assertTrue(remembered.verify("sinergi-demo", changed));
        assertEquals(4, hashes.get(), "a new stored hash (password changed) is checked afresh");
        now[0] = now[0].plus(RememberedPasswords.LIFETIME);
        assertTrue(remembered.verify("sinergi-demo", stored));
        assertEquals(5, hashes.get(), "remembered for a few minutes only");
        assertFalse(remembered.verify(null, stored));
    }

    @Test
    void throttleStartsAfterTheFreeAttemptsAndNeverLocksTheOwnerOutForLong() {
        Instant now = Instant.parse("2026-12-10T02:00:00Z");
        for (int failures = 0; failures < LoginThrottle.FREE_ATTEMPTS; failures++) {
            assertNull(LoginThrottle.nextAttempt(failures, LoginThrottle.FREE_ATTEMPTS, now));
        }
        assertEquals(now.plusSeconds(1), LoginThrottle.nextAttempt(LoginThrottle.FREE_ATTEMPTS, LoginThrottle.FREE_ATTEMPTS, now));
        assertEquals(now.plusSeconds(2), LoginThrottle.nextAttempt(LoginThrottle.FREE_ATTEMPTS + 1, LoginThrottle.FREE_ATTEMPTS, now));
        assertEquals(now.plus(LoginThrottle.MAX_WAIT), LoginThrottle.nextAttempt(1000, LoginThrottle.FREE_ATTEMPTS, now));
        assertTrue(LoginThrottle.MAX_WAIT.compareTo(Duration.ofMinutes(1)) <= 0, "a minute at most for the right password");
        assertNull(LoginThrottle.nextAttempt(LoginThrottle.FREE_ATTEMPTS, LoginThrottle.FREE_FROM_ADDRESS, now),
                "a room behind one address has more room");
    }

    @Test
    void afterLoginOnlyLocalPathsAreFollowed() {
        assertEquals("/f/tppo-babel-2025", LoginBacking.safeNext("/f/tppo-babel-2025"));
        assertEquals("/", LoginBacking.safeNext("https://evil.example/"));
        assertEquals("/", LoginBacking.safeNext("//evil.example/"));
        assertEquals("/", LoginBacking.safeNext("/\\evil.example"));
        assertEquals("/", LoginBacking.safeNext(null));
        assertEquals("/", LoginBacking.safeNext("/login?next=/x"));
    }
}
