package id.sinergi.action.accountability;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Figures computed over many actions, on this node: a forum's {@link Overview} (keyed by the forum,
 * valid while its row in {@code action_figures_version} has the version they were computed for), and
 * the aggregates across forums of {@code action.record} (an institution's, the overview's; valid
 * while the sum of every forum's version is the same). A change on any node bumps the version (see
 * {@code ActionHistory.figuresChanged}), so every node recomputes on its next read. Entries also
 * expire after a minute, so a change made outside the application (or a forum newly published)
 * shows soon. Bounded: a node keeps at most {@value #MAX_ENTRIES} entries.
 */
@ApplicationScoped
public class FiguresCache {

    static final int MAX_ENTRIES = 500;
    static final Duration TTL = Duration.ofMinutes(1);

    private record Entry(long version, Instant computedAt, Object value) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    /**
     * The value for {@code key} (any value with equals and hashCode: a forum id, a record naming an
     * aggregate and its filter) if it was computed for {@code version} less than a minute ago, else
     * computed now; the value is of the type {@code compute} gives for that key.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, long version, Supplier<T> compute) {
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
