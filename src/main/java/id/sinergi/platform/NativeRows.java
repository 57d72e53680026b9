package id.sinergi.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one way Sinergi reads native SQL rows: by column name, typed, never {@code row[7]}.
 *
 * <p>JPA for what we edit, SQL for projections and conditional writes (docs/architecture.md). A
 * projection is written as plain SQL; the names of its columns are taken from its select list (the
 * alias after {@code AS}, else the column's own name), so {@code SELECT u.id, u.name, COUNT(*) AS n}
 * gives {@code id}, {@code name} and {@code n}. An expression without an alias is refused when the
 * query is made, not when a row is read.
 *
 * <pre>{@code
 * for (NativeRows.Row r : NativeRows.query(em, "SELECT id, title, created_at FROM idea WHERE forum_id = ?", forumId)) {
 *     new IdeaRef(r.id("id"), r.string("title"), r.instant("created_at"));
 * }
 * }</pre>
 */
public final class NativeRows {

    private NativeRows() {
    }

    /** Runs {@code sql} with positional parameters ({@code ?}, numbered from 1) and reads every row by name. */
    public static List<Row> query(EntityManager em, String sql, Object... parameters) {
        Select select = select(em, sql);
        for (int i = 0; i < parameters.length; i++) {
            select.query().setParameter(i + 1, parameters[i]);
        }
        return select.list();
    }

    /**
     * A query to bind step by step (filters that add parameters, paging) before reading its rows by
     * name: {@code NativeRows.select(em, sql)}, then {@link Select#query()} for the parameters.
     */
    public static Select select(EntityManager em, String sql) {
        return new Select(columns(sql), em.createNativeQuery(sql));
    }

    public record Select(Map<String, Integer> columns, Query query) {
        public List<Row> list() {
            List<?> result = query.getResultList();
            List<Row> rows = new ArrayList<>(result.size());
            for (Object row : result) {
                rows.add(new Row(columns, row instanceof Object[] values ? values : new Object[]{row}));
            }
            return rows;
        }
    }

    /** The first row, if any. */
    public static Optional<Row> first(EntityManager em, String sql, Object... parameters) {
        List<Row> rows = query(em, sql, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /**
     * {@link #query} straight through the transaction's own JDBC connection, for the few statements that run
     * on every request or every vote: JPA's per-query machinery (a unit of work, a query object prepared
     * again, a connection acquired through EclipseLink) cost several times the statement itself there.
     * Outside a transaction (a page rendered without one) it is {@link #query}.
     */
    public static List<Row> direct(EntityManager em, String sql, Object... parameters) {
        if (!em.isJoinedToTransaction()) {
            return query(em, sql, parameters);
        }
        Map<String, Integer> columns = columns(sql);
        try (PreparedStatement statement = prepare(em, sql, parameters); ResultSet result = statement.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                Object[] values = new Object[width];
                for (int i = 0; i < width; i++) {
                    values[i] = result.getObject(i + 1);
                }
                rows.add(new Row(columns, values));
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** A write (a conditional insert or update) through the transaction's JDBC connection; the rows it changed. */
    public static int directUpdate(EntityManager em, String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(em, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static PreparedStatement prepare(EntityManager em, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            // instants are stored as UTC date-times, as JPA writes them (the server runs in UTC)
            statement.setObject(i + 1, parameters[i] instanceof Instant instant
                    ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : parameters[i]);
        }
        return statement;
    }

    /** The names of the select list's columns, by position. */
    static Map<String, Integer> columns(String sql) {
        String text = sql.strip();
        if (!text.regionMatches(true, 0, "SELECT ", 0, 7)) {
            throw new IllegalArgumentException("not a query: " + sql);
        }
        int depth = 0;
        int start = 7;
        List<String> items = new ArrayList<>();
        for (int i = 7; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && c == ',') {
                items.add(text.substring(start, i));
                start = i + 1;
            } else if (depth == 0 && text.regionMatches(true, i, " FROM ", 0, 6)) {
                items.add(text.substring(start, i));
                start = -1;
                break;
            }
        }
        if (start >= 0) {
            items.add(text.substring(start));
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String name = name(items.get(i).strip(), sql);
            if (columns.put(name, i) != null) {
                throw new IllegalArgumentException("two columns named " + name + ": give one an alias: " + sql);
            }
        }
        return columns;
    }

    private static String name(String item, String sql) {
        String lower = item.toLowerCase(Locale.ROOT);
        if (item.startsWith("DISTINCT ") || item.startsWith("distinct ")) {
            item = item.substring(9).strip();
            lower = lower.substring(9).strip();
        }
        int as = lower.lastIndexOf(" as ");
        if (as >= 0) {
            return item.substring(as + 4).strip();
        }
        if (!item.matches("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
            throw new IllegalArgumentException("give the expression \"" + item + "\" an alias (AS name): " + sql);
        }
        int dot = item.indexOf('.');
        return dot < 0 ? item : item.substring(dot + 1);
    }

    /** One row: typed reads by column name; a name that the query does not select is a programming error. */
    public static final class Row {
        private final Map<String, Integer> columns;
        private final Object[] values;

        Row(Map<String, Integer> columns, Object[] values) {
            this.columns = columns;
            this.values = values;
        }

        public Object get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
            }
            return values[index];
        }

        public String string(String column) {
            Object value = get(column);
            return value == null ? null : value.toString();
        }

        /** A number that must be there (an id, a count). */
        public long id(String column) {
            return ((Number) get(column)).longValue();
        }

        /** A number that may be missing. */
        public Long longOrNull(String column) {
            Object value = get(column);
            return value == null ? null : ((Number) value).longValue();
        }

        public int integer(String column) {
            Object value = get(column);
            return value == null ? 0 : ((Number) value).intValue();
        }

        public Integer integerOrNull(String column) {
            Object value = get(column);
            return value == null ? null : ((Number) value).intValue();
        }

        /** A number as a double (an average); 0 when missing. */
        public double real(String column) {
            Object value = get(column);
            return value == null ? 0 : ((Number) value).doubleValue();
        }

        /** A count or sum that may be missing (SUM over no rows): 0 then. */
        public long count(String column) {
            Object value = get(column);
            return value == null ? 0 : ((Number) value).longValue();
        }

        public BigDecimal decimal(String column) {
            Object value = get(column);
            return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        }

        public boolean bool(String column) {
            Object value = get(column);
            return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
        }

        /** A UTC timestamp column as an instant. */
        public Instant instant(String column) {
            Object value = get(column);
            return switch (value) {
                case null -> null;
                case Instant i -> i;
                case Timestamp t -> t.toInstant();
                case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
                default -> throw new IllegalStateException(column + " is no timestamp: " + value.getClass());
            };
        }

        public LocalDate date(String column) {
            Object value = get(column);
            return switch (value) {
                case null -> null;
                case LocalDate d -> d;
                case java.sql.Date d -> d.toLocalDate();
                default -> throw new IllegalStateException(column + " is no date: " + value.getClass());
            };
        }
    }
}
