package id.sinergi.action.record;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Aggregates over many actions on this node (the overview's per type and per forum, per filter; an
 * institution's figures, per slug), valid while the sum of every forum's
 * figures version is the one they were computed for (any change on any node bumps it) and for at
 * most a minute (a forum newly published shows soon). Bounded: at most {@value #MAX_ENTRIES} entries.
 */
@ApplicationScoped
public class OverviewCache {

    static final int MAX_ENTRIES = 500;
    static final Duration TTL = Duration.ofMinutes(1);

    private record Key(String what, Object of) {
    }

    private record Entry(long version, Instant computedAt, Object value) {
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    /**
     * {@code what} names the aggregate ("types", "forums", "profile") and {@code of} what it is of
     * (a filter, a slug); its value is of the type {@code compute} gives.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String what, Object of, long version, Supplier<T> compute) {
        Key key = new Key(what, of);
        Entry entry = entries.get(key);
        Instant now = Instant.now();
        if (entry != null && entry.version() == version && entry.computedAt().plus(TTL).isAfter(now)) {
            return (T) entry.value();
        }
        T value = compute.get();
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(key)) {
            entries.clear();
        }
        entries.put(key, new Entry(version, now, value));
        return value;
    }
}
