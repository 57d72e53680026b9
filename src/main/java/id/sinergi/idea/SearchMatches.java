package id.sinergi.idea;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A search's matches, found once per request: the board's count and its page read the same list. A
 * full-text search that matches much of a large forum costs most of its time in building the match
 * list, and the board used to build it twice.
 */
@RequestScoped
class SearchMatches {

    private final Map<String, List<Long>> found = new HashMap<>();

    List<Long> get(String key, Supplier<List<Long>> search) {
        return found.computeIfAbsent(key, k -> search.get());
    }

    /** The board changed in this request (an idea posted, hidden, merged): a search after it looks again. */
    void forget(@Observes(notifyObserver = Reception.IF_EXISTS) IdeaBoardChanged change) {
        found.clear();
    }
}
