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
    void throttleStartsAfterTheFreeAttemptsAndIsCapped() {
        Instant now = Instant.parse("2026-11-28T03:00:00Z");
        for (int failures = 0; failures < LoginThrottle.FREE_ATTEMPTS; failures++) {
            assertNull(LoginThrottle.lockedUntil(failures, now));
        }
        assertEquals(now.plusSeconds(2), LoginThrottle.lockedUntil(LoginThrottle.FREE_ATTEMPTS, now));
        assertEquals(now.plusSeconds(4), LoginThrottle.lockedUntil(LoginThrottle.FREE_ATTEMPTS + 1, now));
        assertEquals(now.plus(LoginThrottle.MAX_WAIT), LoginThrottle.lockedUntil(100, now));
        assertTrue(Duration.between(now, LoginThrottle.lockedUntil(12, now)).compareTo(LoginThrottle.MAX_WAIT) <= 0);
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
