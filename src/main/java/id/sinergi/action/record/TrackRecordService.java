package id.sinergi.action.record;

import id.sinergi.action.ActionService;
import id.sinergi.action.ActionView;
import id.sinergi.action.accountability.Figures;
import id.sinergi.action.accountability.FiguresCache;
import id.sinergi.forum.ForumPhase;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionService;
import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.SqlIds;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Commitments across forums and years, for everyone: an institution's record (its actions and its
 * offices' in every forum whose follow-up is public, figures per year and per forum) and the
 * overview of all forums, per institution type and per institution. Public like the accountability
 * pages are; the institution's internal reports are {@code ReportService}'s to show or not.
 * Lists are paged in the database; the per-type figures, which read every action, are cached per
 * node until any forum's actions change.
 */
@Stateless
public class TrackRecordService {

    /** At most this many forums in an institution's per-forum table: the most recent (all count in its figures). */
    public static final int FORUMS_SHOWN = 60;

    /** The overview's filters; nulls mean "any". */
    public record Filter(Integer year, Long organiserId, InstitutionType type) implements Serializable {
    }

    /** What an entry of the shared figures cache holds here: an aggregate ("types", "forums", "profile") of what. */
    private record CacheKey(String what, Object of) {
    }

    /** An institution's public record: figures in total, per forum year and per forum (newest first). */
    public record Profile(long id, String slug, String name, String shortName, InstitutionType type, Link parent,
                          List<Link> offices, Figures total, List<Figures> byYear, List<ForumFigures> forums) implements Serializable {
        public String label() {
            return shortName == null ? name : shortName;
        }
    }

    /** Another institution, by its page. */
    public record Link(String slug, String name) implements Serializable {
    }

    /** A forum with the figures of its actions (of an institution, or of all within a filter). */
    public record ForumFigures(long forumId, String slug, String title, int year, String organiser, ForumPhase phase,
                               long adopted, Figures figures) implements Serializable {
    }

    /** An institution on the overview. */
    public record InstitutionFigures(String slug, String name, InstitutionType type, Figures figures) implements Serializable {
    }

    /** The overview's headline and per-type figures. */
    public record TypeFigures(Figures total, List<TypeRow> byType) implements Serializable {
    }

    public record TypeRow(InstitutionType type, long institutions, Figures figures) implements Serializable {
    }

    /** What the overview's filters offer: the years and organisers of public follow-ups. */
    public record Choices(List<Integer> years, List<Link> organisers, List<Long> organiserIds) implements Serializable {
    }

    private static final String PUBLIC = " AND f.phase IN " + ActionService.PUBLIC_PHASES_SQL;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InstitutionService institutions;

    @Inject
    private ActionService actions;

    @Inject
    private FiguresCache cache;

    // ---------------------------------------------------------------- one institution

    /**
     * The institution at {@code /i/{slug}} with its figures (its own actions and its offices') in
     * total, per forum year and per forum: one pass over its actions, grouped by forum, the rest
     * added up here ({@link Figures#sum}).
     */
    public Profile profile(@NotNull String slug) {
        Institution institution = institution(slug);
        // cached until any forum's actions change: a parent's page adds up thousands of actions
        return cache.get(new CacheKey("profile", slug), figuresVersion(), () -> computeProfile(institution));
    }

    private Profile computeProfile(Institution institution) {
        List<ForumFigures> forums = forumFigures(NativeRows.query(em, "SELECT f.id, f.slug, f.title, f.year, f.phase,"
                + " o.name AS organiser, " + Figures.SELECT
                + " FROM action a JOIN shared_forum f ON f.id = a.forum_id LEFT JOIN shared_institution o ON o.id = f.organiser_id"
                + " WHERE a.institution_id IN (" + scope(institution.getId()) + ")" + PUBLIC
                + " GROUP BY f.id, f.slug, f.title, f.year, f.phase, o.name, f.starts_at ORDER BY f.year DESC, f.starts_at DESC, f.id DESC"));
        Figures total = Figures.sum(institution.getId(), null, forums.stream().map(ForumFigures::figures).toList());
        java.util.TreeMap<Integer, List<Figures>> years = new java.util.TreeMap<>();
        forums.forEach(f -> years.computeIfAbsent(f.year(), y -> new ArrayList<>()).add(f.figures()));
        List<Figures> byYear = years.entrySet().stream()
                .map(e -> Figures.sum(e.getKey(), String.valueOf(e.getKey()), e.getValue())).toList();
        List<Link> offices = NativeRows.query(em, "SELECT slug, name FROM shared_institution WHERE parent_id = ? ORDER BY name LIMIT 200",
                institution.getId()).stream().map(r -> new Link(r.string("slug"), r.string("name"))).toList();
        Institution parent = institution.getParent();
        return new Profile(institution.getId(), institution.getSlug(), institution.getName(), institution.getShortName(),
                institution.getType(), parent == null ? null : new Link(parent.getSlug(), parent.getName()), offices, total, byYear,
                forums.size() > FORUMS_SHOWN ? List.copyOf(forums.subList(0, FORUMS_SHOWN)) : forums);
    }

    /** The institution's id by its slug, for reads that need no figures. */
    public long institutionId(@NotNull String slug) {
        return institution(slug).getId();
    }

    private Institution institution(String slug) {
        return institutions.findBySlug(slug).orElseThrow(() -> new NotFoundException("institution.notFound"));
    }

    /**
     * The institution's actions (and its offices') across forums: the newest forum first, then by due
     * date. The page is chosen on {@code ix_action_record} (institution, forum, …, due date) without
     * reading the rows, then only its rows are read.
     */
    public List<ActionView> actionsOf(@NotNull Long institutionId, Integer year, int first, int pageSize) {
        return NativeRows.query(em, "SELECT " + ActionView.COLUMNS + " FROM (SELECT a.id, f.year, f.starts_at, a.due_date"
                + " FROM action a JOIN shared_forum f ON f.id = a.forum_id WHERE a.institution_id IN (" + scope(institutionId) + ")"
                + PUBLIC + (year == null ? "" : " AND f.year = " + year.intValue())
                + " ORDER BY f.year DESC, f.starts_at DESC, a.due_date, a.id LIMIT ? OFFSET ?) page JOIN action a ON a.id = page.id"
                + ActionView.JOINS + " ORDER BY page.year DESC, page.starts_at DESC, page.due_date, a.id", pageSize, first)
                .stream().map(ActionView::of).toList();
    }

    public long countActionsOf(@NotNull Long institutionId, Integer year) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM action a JOIN shared_forum f ON f.id = a.forum_id"
                + " WHERE a.institution_id IN (" + scope(institutionId) + ")" + PUBLIC
                + (year == null ? "" : " AND f.year = " + year.intValue())).getSingleResult()).longValue();
    }

    private String scope(Long institutionId) {
        return SqlIds.list(institutions.selfAndDescendantIds(institutionId));
    }

    // ---------------------------------------------------------------- the overview

    /** The forums with a public follow-up, newest first, paged, each with its (filtered) figures. */
    public List<ForumFigures> forums(@NotNull Filter filter, int first, int pageSize) {
        List<Object> params = new ArrayList<>();
        String where = forumWhere(filter, params);
        params.add(pageSize);
        params.add(first);
        List<NativeRows.Row> page = NativeRows.query(em, "SELECT f.id, f.slug, f.title, f.year, f.phase, o.name AS organiser"
                + " FROM shared_forum f LEFT JOIN shared_institution o ON o.id = f.organiser_id WHERE 1 = 1" + where
                + " ORDER BY f.year DESC, f.starts_at DESC, f.id DESC LIMIT ? OFFSET ?", params.toArray());
        if (page.isEmpty()) {
            return List.of();
        }
        String ids = SqlIds.list(page.stream().map(r -> r.id("id")).toList());
        Map<Long, Figures> figures = forumFigures(filter);
        Map<Long, Long> adopted = new HashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT forum_id, COUNT(*) AS adopted FROM shared_recommendation"
                + " WHERE forum_id IN (" + ids + ") AND status = 'ADOPTED' GROUP BY forum_id")) {
            adopted.put(r.id("forum_id"), r.count("adopted"));
        }
        List<ForumFigures> list = new ArrayList<>();
        for (NativeRows.Row r : page) {
            long id = r.id("id");
            list.add(new ForumFigures(id, r.string("slug"), r.string("title"), r.integer("year"), r.string("organiser"),
                    ForumPhase.valueOf(r.string("phase")), adopted.getOrDefault(id, 0L),
                    figures.getOrDefault(id, Figures.none(id, r.string("title")))));
        }
        return list;
    }

    /**
     * Every public forum's figures within the filter, by forum id: one pass over the actions, cached
     * like the per-type figures (a page of forums would otherwise aggregate most of the table).
     */
    private Map<Long, Figures> forumFigures(Filter filter) {
        return cache.get(new CacheKey("forums", filter), figuresVersion(), () -> {
            List<Object> params = new ArrayList<>();
            String where = actionWhere(filter, params);
            Map<Long, Figures> figures = new HashMap<>();
            for (NativeRows.Row r : NativeRows.query(em, "SELECT a.forum_id, " + Figures.SELECT
                    + " FROM action a JOIN shared_forum f ON f.id = a.forum_id WHERE 1 = 1" + where + " GROUP BY a.forum_id", params.toArray())) {
                figures.put(r.id("forum_id"), Figures.of(r.id("forum_id"), null, r));
            }
            return figures;
        });
    }

    public long countForums(@NotNull Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = forumWhere(filter, params);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM shared_forum f WHERE 1 = 1" + where);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The filter's headline figures and its figures per institution type: cached until any forum's actions change. */
    public TypeFigures byType(@NotNull Filter filter) {
        return cache.get(new CacheKey("types", filter), figuresVersion(), () -> computeByType(filter));
    }

    private TypeFigures computeByType(Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = actionWhere(filter, params);
        List<TypeRow> rows = new ArrayList<>();
        Figures total = null;
        for (NativeRows.Row r : NativeRows.query(em, "SELECT i.type, COUNT(DISTINCT a.institution_id) AS institutions, " + Figures.SELECT
                + " FROM action a JOIN shared_forum f ON f.id = a.forum_id JOIN shared_institution i ON i.id = a.institution_id"
                + " WHERE 1 = 1" + where + " GROUP BY i.type WITH ROLLUP", params.toArray())) {
            String type = r.string("type");
            if (type == null) {
                total = Figures.of(0, null, r);
            } else {
                rows.add(new TypeRow(InstitutionType.valueOf(type), r.count("institutions"), Figures.of(0, type, r)));
            }
        }
        return new TypeFigures(total == null ? Figures.none(0, null) : total, rows);
    }

    /** The institutions with actions within the filter, by name, paged, each with its own actions' figures. */
    public List<InstitutionFigures> institutions(@NotNull Filter filter, int first, int pageSize) {
        List<Object> params = new ArrayList<>();
        String where = actionWhere(filter, params);
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(pageSize);
        pageParams.add(first);
        List<NativeRows.Row> page = NativeRows.query(em, "SELECT i.id, i.slug, i.name, i.type FROM shared_institution i WHERE"
                + " EXISTS (SELECT 1 FROM action a JOIN shared_forum f ON f.id = a.forum_id WHERE a.institution_id = i.id" + where + ")"
                + " ORDER BY i.name LIMIT ? OFFSET ?", pageParams.toArray());
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, NativeRows.Row> figures = new HashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT a.institution_id, " + Figures.SELECT
                + " FROM action a JOIN shared_forum f ON f.id = a.forum_id"
                + " WHERE a.institution_id IN (" + SqlIds.list(page.stream().map(r -> r.id("id")).toList()) + ")" + where
                + " GROUP BY a.institution_id", params.toArray())) {
            figures.put(r.id("institution_id"), r);
        }
        return page.stream().map(r -> {
            NativeRows.Row f = figures.get(r.id("id"));
            return new InstitutionFigures(r.string("slug"), r.string("name"), InstitutionType.valueOf(r.string("type")),
                    f == null ? Figures.none(r.id("id"), r.string("name")) : Figures.of(r.id("id"), r.string("name"), f));
        }).toList();
    }

    public long countInstitutions(@NotNull Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = actionWhere(filter, params);
        Query q = em.createNativeQuery("SELECT COUNT(*) FROM shared_institution i WHERE EXISTS (SELECT 1 FROM action a"
                + " JOIN shared_forum f ON f.id = a.forum_id WHERE a.institution_id = i.id" + where + ")");
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    /** The years and organisers the filters offer. */
    public Choices choices() {
        List<Integer> years = NativeRows.query(em, "SELECT DISTINCT f.year FROM shared_forum f WHERE 1 = 1" + PUBLIC
                + " ORDER BY f.year DESC LIMIT 100").stream().map(r -> r.integer("year")).toList();
        List<NativeRows.Row> organisers = NativeRows.query(em, "SELECT DISTINCT o.id, o.slug, o.name FROM shared_forum f"
                + " JOIN shared_institution o ON o.id = f.organiser_id WHERE 1 = 1" + PUBLIC + " ORDER BY o.name LIMIT 500");
        return new Choices(years, organisers.stream().map(r -> new Link(r.string("slug"), r.string("name"))).toList(),
                organisers.stream().map(r -> r.id("id")).toList());
    }

    /** The filter's year and organiser as conditions on {@code shared_forum f}, public follow-ups only. */
    private static String forumWhere(Filter filter, List<Object> params) {
        StringBuilder sql = new StringBuilder(PUBLIC);
        if (filter.year() != null) {
            sql.append(" AND f.year = ?");
            params.add(filter.year());
        }
        if (filter.organiserId() != null) {
            sql.append(" AND f.organiser_id = ?");
            params.add(filter.organiserId());
        }
        return sql.toString();
    }

    /** {@link #forumWhere} and the institution type, on {@code action a} joined to {@code f} (and {@code i} for the type). */
    private static String actionWhere(Filter filter, List<Object> params) {
        String sql = forumWhere(filter, params);
        if (filter.type() != null) {
            sql += " AND a.institution_id IN (SELECT t.id FROM shared_institution t WHERE t.type = ?)";
            params.add(filter.type().name());
        }
        return sql;
    }

    private static List<ForumFigures> forumFigures(List<NativeRows.Row> rows) {
        return rows.stream().map(r -> new ForumFigures(r.id("id"), r.string("slug"), r.string("title"), r.integer("year"),
                r.string("organiser"), ForumPhase.valueOf(r.string("phase")), 0, Figures.of(r.id("id"), r.string("title"), r))).toList();
    }

    /** Changes with every change to any forum's actions (see {@code ActionHistory.figuresChanged}). */
    private long figuresVersion() {
        NativeRows.Row r = NativeRows.query(em, "SELECT COALESCE(SUM(version), 0) AS version, COUNT(*) AS forums"
                + " FROM action_figures_version").getFirst();
        return r.count("version") * 1_000_003L + r.count("forums");
    }

    /** A readable 400 for a year outside what a forum could have. */
    public static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new BusinessException("overview.badYear", value);
        }
        return Integer.valueOf(value.strip());
    }
}
