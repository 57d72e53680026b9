package id.sinergi.action.record;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The overview's per-type figures on this node, per filter, valid while the sum of every forum's
 * figures version is the one they were computed for (any change on any node bumps it) and for at
 * most a minute (a forum newly published shows soon). Bounded: at most {@value #MAX_FILTERS} filters.
 */
@ApplicationScoped
public class OverviewCache {

    static final int MAX_FILTERS = 500;
    static final Duration TTL = Duration.ofMinutes(1);

    private record Entry(long version, Instant computedAt, TrackRecordService.TypeFigures figures) {
    }

    private final Map<TrackRecordService.Filter, Entry> entries = new ConcurrentHashMap<>();

    TrackRecordService.TypeFigures get(TrackRecordService.Filter filter, long version,
                                       Supplier<TrackRecordService.TypeFigures> compute) {
        Entry entry = entries.get(filter);
        Instant now = Instant.now();
        if (entry != null && entry.version() == version && entry.computedAt().plus(TTL).isAfter(now)) {
            return entry.figures();
        }
        TrackRecordService.TypeFigures figures = compute.get();
        if (entries.size() >= MAX_FILTERS && !entries.containsKey(filter)) {
            entries.clear();
        }
        entries.put(filter, new Entry(version, now, figures));
        return figures;
    }
}
