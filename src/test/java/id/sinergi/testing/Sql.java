package id.sinergi.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain JDBC to the test run's MariaDB, for client-side tests that set up a situation the pages
 * would take many clicks to reach (the rules themselves are tested through the services), or
 * that check what the database holds afterwards.
 */
public final class Sql {

    /** The demo password's hash: every account made here logs in with {@code sinergi-demo}. */
    public static final String DEMO_HASH = "pbkdf2-sha256$210000$RY6BmHZgFDhEkE7dJPQYHQ==$sUtVE3WHAfwcVun23g/6wip6lliBXDBA/JxoZKNusWI=";

    private Sql() {
    }

    public static Connection connect() throws SQLException {
        String url = System.getProperty("sinergi.it.db.url");
        if (url != null) {
            return DriverManager.getConnection(url, "sinergi", "sinergi");
        }
        // inside Payara (in-container tests): the application's own data source
        try {
            return ((javax.sql.DataSource) new javax.naming.InitialContext()
                    .lookup(id.sinergi.platform.SinergiDataSource.JNDI_NAME)).getConnection();
        } catch (javax.naming.NamingException e) {
            throw new SQLException("Neither a test database URL nor the application's data source", e);
        }
    }

    /** Runs an insert or update; returns the generated key, or the row count when there is none. */
    public static long update(String sql, Object... params) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(s, params);
            int rows = s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : rows;
            }
        }
    }

    public static long count(String sql, Object... params) throws SQLException {
        return first(sql, params, rs -> rs.getLong(1));
    }

    /** The first column of the first row as text. */
    public static String text(String sql, Object... params) throws SQLException {
        return first(sql, params, rs -> rs.getString(1));
    }

    private interface Column<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> T first(String sql, Object[] params, Column<T> column) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return column.read(rs);
            }
        }
    }

    /** A user who logs in with the demo password, address and institution confirmed; returns the id. */
    public static long user(String name, String email, Long institutionId, String role) throws SQLException {
        long id = update("INSERT INTO app_user (name, email, password_hash, institution_id, active, language, created_at,"
                + " email_confirmed_at, affiliation_confirmed_at) VALUES (?, ?, ?, ?, TRUE, 'id', UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", name, email, DEMO_HASH, institutionId);
        update("INSERT INTO user_role (user_id, role) VALUES (?, ?)", id, role);
        return id;
    }

    /** Puts a user on a forum's voter roll (and among its members), as an invitation would. */
    public static void voter(long forumId, long userId) throws SQLException {
        update("INSERT IGNORE INTO forum_member (forum_id, user_id, joined_at) VALUES (?, ?, UTC_TIMESTAMP(6))", forumId, userId);
        update("INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, decided_at, badge_code)"
                + " VALUES (?, ?, 'ADMITTED', 'INVITED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), ?)", forumId, userId,
                java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase());
    }

    /** A forum and its theme, moderated by {@code moderator@sinergi.demo} (demo user 2). */
    public record Forum(long id, long theme) {
    }

    public static Forum forum(String slug, String title, String joinCode, String phase, String theme) throws SQLException {
        long forum = update("INSERT INTO forum (slug, title, visibility, join_code, phase, created_at)"
                + " VALUES (?, ?, 'PUBLIC', ?, ?, UTC_TIMESTAMP(6))", slug, title, joinCode, phase);
        long themeId = update("INSERT INTO theme (forum_id, name, position) VALUES (?, ?, 0)", forum, theme);
        update("INSERT INTO forum_moderator (forum_id, user_id) VALUES (?, 2)", forum);
        return new Forum(forum, themeId);
    }

    /** A forum in follow-up with one adopted and one rejected recommendation. */
    public record FollowUp(long forumId, String slug, String title, long adopted, long rejected) {
    }

    /** A forum in phase FOLLOW_UP moderated by {@code moderatorId}, with an adopted and a rejected recommendation. */
    public static FollowUp followUp(String slug, long moderatorId) throws SQLException {
        return followUp(slug, moderatorId, null, null);
    }

    /** {@link #followUp(String, long)} of an organiser, starting at {@code startsAt} (UTC). */
    public static FollowUp followUp(String slug, long moderatorId, Long organiserId, java.time.LocalDateTime startsAt) throws SQLException {
        String title = "Forum tindak lanjut " + slug;
        long forum = update("INSERT INTO forum (slug, title, visibility, join_code, phase, created_at, organiser_id, starts_at)"
                + " VALUES (?, ?, 'MEMBERS', ?, 'FOLLOW_UP', UTC_TIMESTAMP(6), ?, ?)", slug, title,
                java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase(), organiserId, startsAt);
        update("INSERT INTO forum_moderator (forum_id, user_id) VALUES (?, ?)", forum, moderatorId);
        long adopted = update("INSERT INTO recommendation (forum_id, position, title, body, status, agree_count, disagree_count,"
                + " abstain_count, created_by, created_at, updated_at) VALUES (?, 1, ?, 'Isi rekomendasi.', 'ADOPTED', 10, 1, 0, ?,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum, "Rekomendasi diterima " + slug, moderatorId);
        long rejected = update("INSERT INTO recommendation (forum_id, position, title, body, status, agree_count, disagree_count,"
                + " abstain_count, created_by, created_at, updated_at) VALUES (?, 2, 'Rekomendasi ditolak', 'Isi.', 'REJECTED', 1, 10, 0, ?,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", forum, moderatorId);
        return new FollowUp(forum, slug, title, adopted, rejected);
    }

    /** An institution under {@code parentId} (or top level); returns the id. */
    public static long institution(String name, Long parentId) throws SQLException {
        return update("INSERT INTO institution (name, type, parent_id) VALUES (?, 'GOVERNMENT', ?)", name, parentId);
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
