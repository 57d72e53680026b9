package id.sinergi.action;

import id.sinergi.forum.ForumService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.Formats;
import id.sinergi.platform.Messages;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.SqlIds;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The daily job: marks actions past their due date as overdue, reminds the responsible lead 7 days
 * and 1 day before the due date and once when overdue, and on Mondays gives each moderator a digest
 * of their forums. It runs once per day whichever node gets there first (a row per day), each
 * reminder is sent once (a row per action and kind), and each person gets at most one e-mail
 * from it per day: everything for one person goes into one notice.
 */
@Stateless
public class ActionJobService {

    /** At most this many lines per person; the rest is counted. */
    static final int LINES_MAX = 8;
    private static final String FORUM_TAKES_REPORTS = " f.phase IN ('PUBLISHED', 'FOLLOW_UP')";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private NotificationService notifications;

    @Inject
    private ForumService forums;

    @Inject
    private AppClock clock;

    public record Result(boolean ran, int markedOverdue, int reminders, int digests, int peopleNotified) {
    }

    private record Line(String key, Object[] arguments) {
    }

    /** Runs the job for today as the application's clock says. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result runToday() {
        return run(clock.today());
    }

    /** Runs the job for {@code today}, unless it already ran for that day. */
    public Result run(@NotNull LocalDate today) {
        if (em.createNativeQuery("INSERT IGNORE INTO action_job_day (day, ran_at) VALUES (?, ?)")
                .setParameter(1, today).setParameter(2, clock.now()).executeUpdate() == 0) {
            return new Result(false, 0, 0, 0, 0);
        }
        int overdue = markOverdue(today);
        Map<Long, List<Line>> lines = new LinkedHashMap<>();
        Map<Long, String> links = new HashMap<>();
        int reminders = remind(today, lines, links);
        int digests = today.getDayOfWeek() == DayOfWeek.MONDAY ? digest(lines, links) : 0;
        Map<Long, Locale> languages = languages(lines.keySet());
        lines.forEach((userId, userLines) -> {
            Locale locale = languages.getOrDefault(userId, Messages.INDONESIAN);
            notifications.notifyByMail(List.of(userId), "notify.actionJob", text(locale, userLines), links.get(userId));
        });
        return new Result(true, overdue, reminders, digests, lines.size());
    }

    private int markOverdue(LocalDate today) {
        int marked = em.createNativeQuery("UPDATE action a JOIN shared_forum f ON f.id = a.forum_id SET a.overdue_since = ?"
                        + " WHERE a.overdue_since IS NULL AND a.due_date < ? AND a.status IN " + ActionStatus.OPEN_SQL
                        + " AND" + FORUM_TAKES_REPORTS)
                .setParameter(1, today).setParameter(2, today).executeUpdate();
        if (marked > 0) {
            em.createNativeQuery("INSERT INTO action_figures_version (forum_id, version) SELECT DISTINCT a.forum_id, 1 FROM action a"
                    + " WHERE a.overdue_since = ? ON DUPLICATE KEY UPDATE action_figures_version.version"
                    + " = action_figures_version.version + 1").setParameter(1, today).executeUpdate();
            em.createNativeQuery("INSERT INTO action_event (action_id, occurred_at, actor_name, kind, detail)"
                            + " SELECT id, ?, 'Sinergi', 'OVERDUE', due_date FROM action WHERE overdue_since = ?")
                    .setParameter(1, clock.now()).setParameter(2, today).executeUpdate();
        }
        return marked;
    }

    private int remind(LocalDate today, Map<Long, List<Line>> lines, Map<Long, String> links) {
        String open = " FROM action a JOIN shared_forum f ON f.id = a.forum_id WHERE a.status IN " + ActionStatus.OPEN_SQL
                + " AND" + FORUM_TAKES_REPORTS;
        insertReminders("DUE_7", open + " AND a.due_date > ? AND a.due_date <= ?", today, today.plusDays(1), today.plusDays(7));
        insertReminders("DUE_1", open + " AND a.due_date >= ? AND a.due_date <= ?", today, today, today.plusDays(1));
        insertReminders("OVERDUE", open + " AND a.overdue_since IS NOT NULL", today);
        List<NativeRows.Row> due = NativeRows.query(em, "SELECT r.kind, a.id, a.title, a.due_date, a.lead_id, a.institution_id"
                + " FROM action_reminder r JOIN action a ON a.id = r.action_id WHERE r.sent_on = ?"
                + " ORDER BY a.due_date, a.id", today);
        Set<Long> withoutLead = new LinkedHashSet<>();
        for (NativeRows.Row r : due) {
            if (r.longOrNull("lead_id") == null) {
                withoutLead.add(r.id("institution_id"));
            }
        }
        Map<Long, List<Long>> institutionLeads = institutionLeads(withoutLead);
        for (NativeRows.Row r : due) {
            Long lead = r.longOrNull("lead_id");
            List<Long> to = lead != null ? List.of(lead) : institutionLeads.getOrDefault(r.id("institution_id"), List.of());
            Line line = new Line("job." + r.string("kind"), new Object[]{r.string("title"), r.date("due_date")});
            for (Long userId : to) {
                lines.computeIfAbsent(userId, k -> new ArrayList<>()).add(line);
                links.put(userId, "/my-actions");
            }
        }
        return due.size();
    }

    private void insertReminders(String kind, String fromWhere, LocalDate today, Object... parameters) {
        var query = em.createNativeQuery("INSERT IGNORE INTO action_reminder (action_id, kind, sent_on) SELECT a.id, '"
                + kind + "', ?" + fromWhere).setParameter(1, today);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        query.executeUpdate();
    }

    private Map<Long, List<Long>> institutionLeads(Set<Long> institutionIds) {
        Map<Long, List<Long>> leads = new HashMap<>();
        if (institutionIds.isEmpty()) {
            return leads;
        }
        for (NativeRows.Row r : NativeRows.query(em, "SELECT u.institution_id, u.id FROM shared_user u"
                + " JOIN shared_user_role ur ON ur.user_id = u.id AND ur.role = 'INSTITUTION_LEAD' WHERE u.active"
                + " AND u.institution_id IN (" + SqlIds.list(institutionIds) + ")")) {
            leads.computeIfAbsent(r.id("institution_id"), k -> new ArrayList<>()).add(r.id("id"));
        }
        return leads;
    }

    /** One line per forum in follow-up for each of its moderators. */
    private int digest(Map<Long, List<Line>> lines, Map<Long, String> links) {
        List<NativeRows.Row> followUps = NativeRows.query(em, "SELECT f.id, f.title, f.slug, COUNT(*) AS actions,"
                + " SUM(a.status = 'DONE') AS done,"
                + " SUM(a.overdue_since IS NOT NULL AND a.status IN " + ActionStatus.OPEN_SQL + ") AS overdue,"
                + " SUM(a.status = 'BLOCKED') AS blocked, SUM(a.pending_reports > 0) AS waiting"
                + " FROM shared_forum f JOIN action a ON a.forum_id = f.id WHERE" + FORUM_TAKES_REPORTS
                + " GROUP BY f.id, f.title, f.slug ORDER BY f.id");
        int digests = 0;
        for (NativeRows.Row f : followUps) {
            Line line = new Line("job.digest", new Object[]{f.string("title"), f.id("actions"), f.id("done"),
                    f.id("overdue"), f.id("blocked"), f.id("waiting")});
            for (long userId : forums.moderatorIds(f.id("id"))) {
                lines.computeIfAbsent(userId, k -> new ArrayList<>()).add(line);
                links.putIfAbsent(userId, "/f/" + f.string("slug") + "/dashboard");
                digests++;
            }
        }
        return digests;
    }

    private Map<Long, Locale> languages(Set<Long> userIds) {
        Map<Long, Locale> languages = new HashMap<>();
        if (userIds.isEmpty()) {
            return languages;
        }
        for (NativeRows.Row r : NativeRows.query(em, "SELECT id, language FROM shared_user WHERE id IN ("
                + SqlIds.list(userIds) + ")")) {
            languages.put(r.id("id"), Messages.supportedOrDefault(r.string("language")));
        }
        return languages;
    }

    /** The notice for one person: a heading line (the e-mail's subject), then one line per item. */
    static String text(Locale locale, List<Line> lines) {
        StringBuilder text = new StringBuilder(Messages.format(locale, "job.heading", lines.size()));
        lines.stream().limit(LINES_MAX).forEach(line -> {
            Object[] arguments = line.arguments().clone();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof LocalDate date) {
                    arguments[i] = Formats.day(date, locale);
                }
            }
            text.append("\n• ").append(Messages.format(locale, line.key(), arguments));
        });
        if (lines.size() > LINES_MAX) {
            text.append("\n").append(Messages.format(locale, "job.more", lines.size() - LINES_MAX));
        }
        return text.toString();
    }
}
