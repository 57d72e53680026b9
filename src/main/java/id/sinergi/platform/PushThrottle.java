package id.sinergi.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * At most one push per channel and forum (or user) every {@value #INTERVAL_MS} ms: the first change of a
 * burst is pushed at once, the rest of the burst in one trailing push, so pages still end on
 * the latest state. A burst of votes or supports would otherwise send one message per change to
 * every open page on every node (and each message crosses the cluster's data grid).
 */
@ApplicationScoped
public class PushThrottle {

    static final long INTERVAL_MS = 250;
    /** Past this many remembered keys (the inbox has one per user), those older than an interval are forgotten. */
    static final int PRUNE_AT = 10_000;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    private final Map<String, Long> lastSent = new ConcurrentHashMap<>();
    private final Map<String, Boolean> trailing = new ConcurrentHashMap<>();

    /** How many keys are remembered now. */
    int remembered() {
        return lastSent.size();
    }

    /** Pushes {@code id} through {@code send} now, or once at the end of the current interval. */
    public void push(String channel, Long id, Consumer<Long> send) {
        String key = channel + ":" + id;
        long now = System.currentTimeMillis();
        if (lastSent.size() > PRUNE_AT) {
            // a key forgotten is pushed at once next time, as it would be after its interval anyway
            lastSent.entrySet().removeIf(e -> now - e.getValue() >= INTERVAL_MS && !trailing.containsKey(e.getKey()));
        }
        Long last = lastSent.get(key);
        if (last == null || now - last >= INTERVAL_MS) {
            if (last == null ? lastSent.putIfAbsent(key, now) == null : lastSent.replace(key, last, now)) {
                send.accept(id);
                return;
            }
        }
        if (trailing.putIfAbsent(key, Boolean.TRUE) == null) {
            long wait = Math.max(1, INTERVAL_MS - (now - lastSent.getOrDefault(key, now)));
            scheduler.schedule(() -> {
                trailing.remove(key);
                lastSent.put(key, System.currentTimeMillis());
                send.accept(id);
            }, wait, TimeUnit.MILLISECONDS);
        }
    }
}
