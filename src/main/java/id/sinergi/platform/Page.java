package id.sinergi.platform;

import java.util.List;

/** One page of a list in the API: the items, the total and where this page is. */
public record Page<T>(List<T> items, long total, int page, int size) {
}
