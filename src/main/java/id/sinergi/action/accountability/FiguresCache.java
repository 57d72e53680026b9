package id.sinergi.action.accountability;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each forum's {@link Overview} on this node, valid while the forum's figures version in the
 * database is the one it was computed for: a change on any node bumps the version (see
 * {@code ActionHistory.figuresChanged}), so every node recomputes on its next read. Entries also
 * expire after a minute, so a change made outside the application shows soon. Bounded: a node
 * keeps at most {@value #MAX_FORUMS} forums.
 */
@ApplicationScoped
public class FiguresCache {

    static final int MAX_FORUMS = 200;
    static final Duration TTL = Duration.ofMinutes(1);

    private record Entry(long version, Instant computedAt, Overview overview) {
    }

    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();

    Overview get(long forumId, long version, Supplier<Overview> compute) {
        Entry entry = entries.get(forumId);
        Instant now = Instant.now();
        if (entry != null && entry.version() == version && entry.computedAt().plus(TTL).isAfter(now)) {
            return entry.overview();
        }
        Overview overview = compute.get();
        if (entries.size() >= MAX_FORUMS && !entries.containsKey(forumId)) {
            entries.clear();
        }
        entries.put(forumId, new Entry(version, now, overview));
        return overview;
    }
}
