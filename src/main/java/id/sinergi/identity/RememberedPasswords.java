package id.sinergi.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * Password checks that succeeded a moment ago, so that a script calling the API with HTTP Basic
 * does not pay a full PBKDF2 hash (about 0.2 s of a core) on every call.
 *
 * <p>Only a keyed digest is kept: HMAC-SHA256, under a key made at start and never stored, of the
 * account's stored hash and the password. A new password gives a new stored hash, so it never matches
 * an entry of the old one; an entry lives {@link #LIFETIME}. Whether the account is active, its roles
 * and the login throttle are still read on every call: this skips the hash, nothing else.
 */
final class RememberedPasswords {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    /** More entries than this and the memory starts again: a flood of logins cannot grow it. */
    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final Supplier<Instant> clock;
    private final BiPredicate<String, String> hash;

    RememberedPasswords(Supplier<Instant> clock) {
        this(clock, PasswordHasher::verify);
    }

    /** With another check than PBKDF2 (a test counts the hashes). */
    RememberedPasswords(Supplier<Instant> clock, BiPredicate<String, String> hash) {
        this.clock = clock;
        this.hash = hash;
        new SecureRandom().nextBytes(key);
    }

    /** Whether {@code password} matches {@code stored}: from memory when it did in the last minutes, else hashed. */
    boolean verify(String password, String stored) {
        if (password == null || stored == null) {
            return false;
        }
        String entry = digest(stored, password);
        Instant now = clock.get();
        Instant until = verified.get(entry);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!hash.test(password, stored)) {
            return false;
        }
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(entry, now.plus(LIFETIME));
        return true;
    }

    private String digest(String stored, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(stored.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
