package id.sinergi.platform;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Ids as the comma-separated list of an SQL {@code IN (…)}: each is a number, so the text is safe to
 * put into a statement, and one statement replaces a query per id.
 */
public final class SqlIds {

    private SqlIds() {
    }

    /** "3,7,12" for ids given as any numbers (database rows give Long, Integer or BigInteger). */
    public static String list(Collection<?> ids) {
        return ids.stream().map(id -> String.valueOf(((Number) id).longValue())).collect(Collectors.joining(","));
    }
}
