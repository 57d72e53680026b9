package id.sinergi.platform;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A PrimeFaces lazy model that pages in the database: it asks a service for one page and for the
 * count, nothing more. Rows should be small serializable records.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    @Serial
    private static final long serialVersionUID = 1L;

    public interface Counter extends Serializable {
        long count();
    }

    public interface Loader<T> extends Serializable {
        List<T> load(int first, int pageSize);
    }

    public interface Key<T> extends Serializable, Function<T, Object> {
    }

    private final Counter counter;
    private final Loader<T> loader;
    private final Key<T> key;

    /** A model over a short list already in memory (at most a few hundred rows), paged on the page. */
    public static <T> PagedModel<T> of(java.util.List<T> rows, Key<T> key) {
        java.util.List<T> copy = java.util.List.copyOf(rows);
        return new PagedModel<>(copy::size, (first, size) -> copy.subList(Math.min(first, copy.size()),
                Math.min(first + size, copy.size())), key);
    }

    public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
