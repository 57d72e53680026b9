package id.sinergi.action.report;

import id.sinergi.action.ActionAccess;
import id.sinergi.action.ActionService;
import id.sinergi.action.ActionStatus;
import id.sinergi.action.ActionView;
import id.sinergi.audit.AuditService;
import id.sinergi.forum.ForumService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.SqlIds;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reporting progress and reviewing it. A report changes nothing public until a moderator accepts
 * it; then the action's status and progress become those of its latest accepted report. Evidence
 * is checked completely before anything is written, and files written for a transaction that
 * rolls back are deleted again.
 */
@Stateless
public class ReportService {

    /** A file name as a person would type it: no folders, no control characters, no leading dot. */
    private static final Pattern SAFE_NAME = Pattern.compile("[^/\\\\\\p{Cntrl}:*?\"<>|]{1,200}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    @Inject
    private ActionService actions;

    @Inject
    private ForumService forums;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private EvidenceStore store;

    @Inject
    private AppClock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A file that passed every check, ready to store. */
    record CheckedFile(String name, FileType type, byte[] content) {
    }

    /** The file to send for a download, once the caller may see it. */
    public record Download(Path path, String name, String mediaType) {
    }

    // ---------------------------------------------------------------- reporting

    /**
     * Reports progress on an action for its institution: refused unless the caller is a lead of
     * the action's institution (or one above it), a moderator of the forum or an admin.
     */
    public long submit(@NotNull Long actionId, @NotNull @Valid ReportForm form,
                       @NotNull @Size(max = EvidenceUpload.MAX_FILES, message = "{evidence.tooMany}") List<EvidenceUpload> files) {
        ActionView action = actions.getForReporting(actionId, "report.submit");
        if (!ActionService.takesReports(forums.get(action.forumId()).getPhase())) {
            throw new BusinessException("report.forumClosed");
        }
        if (action.status() == ActionStatus.CARRIED_OVER) {
            throw new BusinessException("report.carriedOver");
        }
        if (!ActionStatus.REPORTABLE.contains(form.getStatus())) {
            throw new BusinessException("report.badStatus");
        }
        List<CheckedFile> checked = files.stream().map(ReportService::check).toList();
        List<String> links = form.linkList();
        if (links.size() > ReportForm.LINKS_MAX) {
            throw new BusinessException("evidence.tooManyLinks", ReportForm.LINKS_MAX);
        }
        links.forEach(ReportService::checkLink);
        List<Long> milestoneIds = actions.milestones(actionId).stream().map(ActionService.Milestone::id).toList();
        if (!milestoneIds.containsAll(form.getMilestonesReached())) {
            throw new BusinessException("report.unknownMilestone");
        }
        int progress = form.getStatus() == ActionStatus.DONE ? 100 : form.getProgress();
        Instant now = clock.now();
        em.createNativeQuery("INSERT INTO progress_report (action_id, status, progress, note, visibility, milestones_reached,"
                        + " reported_by, api_token_id, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, actionId).setParameter(2, form.getStatus().name()).setParameter(3, progress)
                .setParameter(4, form.getNote().strip()).setParameter(5, form.getVisibility().name())
                .setParameter(6, form.getMilestonesReached().isEmpty() ? null
                        : SqlIds.list(form.getMilestonesReached()))
                .setParameter(7, caller.userId()).setParameter(8, caller.apiTokenId()).setParameter(9, now)
                .executeUpdate();
        long reportId = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        em.createNativeQuery("UPDATE action SET pending_reports = pending_reports + 1, last_review = 'PENDING',"
                + " last_reported_at = ? WHERE id = ?").setParameter(1, now).setParameter(2, actionId).executeUpdate();
        List<String> stored = new ArrayList<>();
        deleteOnRollback(stored);
        for (CheckedFile file : checked) {
            String storedName = store.store(file.content());
            stored.add(storedName);
            em.createNativeQuery("INSERT INTO evidence (report_id, kind, stored_name, original_name, media_type, size_bytes, sha256)"
                            + " VALUES (?, 'FILE', ?, ?, ?, ?, ?)")
                    .setParameter(1, reportId).setParameter(2, storedName).setParameter(3, file.name())
                    .setParameter(4, file.type().mediaType()).setParameter(5, file.content().length)
                    .setParameter(6, sha256(file.content())).executeUpdate();
        }
        for (String link : links) {
            em.createNativeQuery("INSERT INTO evidence (report_id, kind, url) VALUES (?, 'LINK', ?)")
                    .setParameter(1, reportId).setParameter(2, link).executeUpdate();
        }
        // figures nobody has reviewed yet are not public: the event is, once accepted
        actions.reported(actionId, statusLine(form.getStatus(), progress)
                + (checked.isEmpty() ? "" : " · " + checked.size() + " file(s)"));
        audit.record("report.submit", "Action", actionId, "report " + reportId + ": " + form.getStatus() + " " + progress
                + "%" + (caller.apiTokenId() == null ? "" : " via API token " + caller.apiTokenId()));
        notifications.notifyByMail(forums.moderatorIds(action.forumId()), "notify.reportSubmitted",
                action.institutionLabel() + ": " + action.title(), action.link());
        return reportId;
    }

    /** Accepts a pending report: its status and progress become the action's public figures. */
    public void accept(@NotNull Long reportId) {
        review(reportId, ReviewState.ACCEPTED, null);
    }

    /** Returns a pending report to its institution with a comment saying what is missing. */
    public void returnReport(@NotNull Long reportId, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("report.returnNeedsComment");
        }
        if (comment.strip().length() > 1000) {
            throw new BusinessException("report.commentTooLong");
        }
        review(reportId, ReviewState.RETURNED, comment.strip());
    }

    private void review(long reportId, ReviewState state, String comment) {
        NativeRows.Row report = NativeRows.first(em, "SELECT action_id, visibility, reported_by, milestones_reached, status,"
                        + " progress FROM progress_report WHERE id = ?", reportId)
                .orElseThrow(() -> new NotFoundException("report.notFound"));
        long actionId = report.id("action_id");
        ActionView action = actions.getForReview(actionId, "report.review");
        // the conditional update lets one review through, whoever else is reviewing the same report
        int reviewed = em.createNativeQuery("UPDATE progress_report SET review_state = ?, review_comment = ?, reviewed_by = ?,"
                        + " reviewed_at = ? WHERE id = ? AND review_state = 'PENDING'")
                .setParameter(1, state.name()).setParameter(2, comment).setParameter(3, caller.userId())
                .setParameter(4, clock.now()).setParameter(5, reportId).executeUpdate();
        if (reviewed == 0) {
            throw new BusinessException("report.alreadyReviewed");
        }
        if (state == ReviewState.ACCEPTED) {
            // the latest accepted report decides, so accepting an older report after a newer one changes nothing
            em.createNativeQuery("UPDATE action a JOIN (SELECT status, progress FROM progress_report WHERE action_id = ?"
                            + " AND review_state = 'ACCEPTED' ORDER BY reported_at DESC, id DESC LIMIT 1) p"
                            + " SET a.status = p.status, a.progress = p.progress, a.version = a.version + 1 WHERE a.id = ?")
                    .setParameter(1, actionId).setParameter(2, actionId).executeUpdate();
        }
        em.createNativeQuery("UPDATE action SET pending_reports = pending_reports - 1, last_review = (SELECT review_state"
                        + " FROM progress_report WHERE action_id = ? ORDER BY reported_at DESC, id DESC LIMIT 1) WHERE id = ?")
                .setParameter(1, actionId).setParameter(2, actionId).executeUpdate();
        // a return, its comment and the returned figures stay with the institution and the moderators
        boolean internal = ReportVisibility.INTERNAL.name().equals(report.string("visibility")) || state != ReviewState.ACCEPTED;
        String line = statusLine(ActionStatus.valueOf(report.string("status")), report.integer("progress"));
        String reached = report.string("milestones_reached");
        List<Long> milestones = state == ReviewState.ACCEPTED && reached != null
                ? java.util.Arrays.stream(reached.split(",")).map(Long::valueOf).toList() : null;
        actions.reviewed(actionId, state.name(), comment == null ? line : line + " · " + comment, internal, milestones,
                clock.today());
        audit.record("report." + (state == ReviewState.ACCEPTED ? "accept" : "return"), "Action", actionId,
                "report " + reportId + (comment == null ? "" : ": " + comment));
        notifications.notifyByMail(List.of(report.id("reported_by")),
                state == ReviewState.ACCEPTED ? "notify.reportAccepted" : "notify.reportReturned", action.title(), action.link());
    }

    // ---------------------------------------------------------------- reading

    /**
     * An action's reports, newest first, paged: the public sees accepted public reports; the
     * institution's leads and the moderators see all of them.
     */
    public List<ReportView> reports(@NotNull Long actionId, int first, int pageSize) {
        ActionAccess access = actions.access(actions.get(actionId));
        List<NativeRows.Row> rows = NativeRows.query(em, "SELECT " + REPORT_COLUMNS + " FROM progress_report p" + REPORT_JOINS
                + " WHERE p.action_id = ?" + (access.internal() ? "" : PUBLIC_ONLY)
                + " ORDER BY p.reported_at DESC, p.id DESC LIMIT ? OFFSET ?", actionId, pageSize, first);
        Map<Long, List<ReportView.Evidence>> evidence = evidence(rows.stream().map(r -> r.id("id")).toList());
        return rows.stream().map(r -> view(r, access.internal(), evidence)).toList();
    }

    /** The columns {@link #view} reads, with {@link #REPORT_JOINS}. */
    private static final String REPORT_COLUMNS = "p.id, p.action_id, p.status, p.progress, p.note, p.visibility, p.review_state,"
            + " p.review_comment, rv.name AS reviewer, p.reviewed_at, rp.name AS reporter, p.api_token_id, p.reported_at";
    private static final String REPORT_JOINS = " JOIN shared_user rp ON rp.id = p.reported_by LEFT JOIN shared_user rv ON rv.id = p.reviewed_by";

    private static ReportView view(NativeRows.Row r, boolean internal, Map<Long, List<ReportView.Evidence>> evidence) {
        long id = r.id("id");
        return new ReportView(id, r.id("action_id"), ActionStatus.valueOf(r.string("status")), r.integer("progress"),
                r.string("note"), ReportVisibility.valueOf(r.string("visibility")), ReviewState.valueOf(r.string("review_state")),
                r.string("review_comment"), r.string("reviewer"), r.instant("reviewed_at"),
                // the public sees the institution's report, not who typed it
                internal ? r.string("reporter") : null, r.get("api_token_id") != null, r.instant("reported_at"),
                evidence.getOrDefault(id, List.of()));
    }

    public long countReports(@NotNull Long actionId) {
        ActionAccess access = actions.access(actions.get(actionId));
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM progress_report p WHERE p.action_id = ?"
                + (access.internal() ? "" : PUBLIC_ONLY)).setParameter(1, actionId).getSingleResult()).longValue();
    }

    /** A report on the institution page: with the action it belongs to. */
    public record InstitutionReport(ReportView report, String actionTitle, String actionLink, String forumTitle)
            implements java.io.Serializable {
    }

    /**
     * The reports of an institution and its offices across every forum whose follow-up is public,
     * newest first, paged: accepted public ones for everyone; all of them (pending, returned,
     * internal) for the institution's own leads, leads above it and admins.
     */
    public List<InstitutionReport> ofInstitution(@NotNull Long institutionId, int first, int pageSize) {
        boolean internal = seesInstitutionInternals(institutionId);
        List<NativeRows.Row> rows = NativeRows.query(em, "SELECT " + REPORT_COLUMNS + ", a.title AS action_title,"
                + " f.slug AS forum_slug, f.title AS forum_title" + institutionReports(institutionId) + (internal ? "" : PUBLIC_ONLY)
                + " ORDER BY p.reported_at DESC, p.id DESC LIMIT ? OFFSET ?", pageSize, first);
        Map<Long, List<ReportView.Evidence>> evidence = evidence(rows.stream().map(r -> r.id("id")).toList());
        List<InstitutionReport> list = new ArrayList<>();
        for (NativeRows.Row r : rows) {
            list.add(new InstitutionReport(view(r, internal, evidence), r.string("action_title"),
                    "/f/" + r.string("forum_slug") + "/actions/" + r.id("action_id"), r.string("forum_title")));
        }
        return list;
    }

    public long countOfInstitution(@NotNull Long institutionId) {
        boolean internal = seesInstitutionInternals(institutionId);
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + institutionReports(institutionId) + (internal ? "" : PUBLIC_ONLY))
                .getSingleResult()).longValue();
    }

    /** Whether the caller sees the institution's internal reports: its leads (and those above), admins. */
    public boolean seesInstitutionInternals(@NotNull Long institutionId) {
        return caller.isAuthenticated() && (caller.isAdmin() || actions.covers(institutionId));
    }

    /** FROM and WHERE of the reports on the actions of the institution and its offices, in public follow-ups. */
    private String institutionReports(Long institutionId) {
        return " FROM progress_report p JOIN action a ON a.id = p.action_id JOIN shared_forum f ON f.id = a.forum_id" + REPORT_JOINS
                + " WHERE a.institution_id IN (" + SqlIds.list(institutions.selfAndDescendantIds(institutionId)) + ")"
                + " AND f.phase IN " + ActionService.PUBLIC_PHASES_SQL;
    }

    private static final String PUBLIC_ONLY = " AND p.review_state = 'ACCEPTED' AND p.visibility = 'PUBLIC'";

    private Map<Long, List<ReportView.Evidence>> evidence(List<Long> reportIds) {
        Map<Long, List<ReportView.Evidence>> byReport = new LinkedHashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        for (NativeRows.Row r : NativeRows.query(em, "SELECT report_id, id, kind, original_name, media_type, size_bytes, url"
                + " FROM evidence WHERE report_id IN (" + SqlIds.list(reportIds) + ") ORDER BY id")) {
            Long size = r.longOrNull("size_bytes");
            byReport.computeIfAbsent(r.id("report_id"), k -> new ArrayList<>())
                    .add(new ReportView.Evidence(r.id("id"), "FILE".equals(r.string("kind")), r.string("original_name"),
                            r.string("media_type"), size == null ? 0 : size, r.string("url")));
        }
        return byReport;
    }

    /**
     * An evidence file for download: anyone for an accepted public report, otherwise only those
     * who see the action's internal reports; refused and audited for everyone else.
     */
    public Download download(@NotNull Long evidenceId) {
        NativeRows.Row r = NativeRows.first(em, "SELECT e.stored_name, e.original_name, e.media_type, p.action_id,"
                        + " p.review_state, p.visibility FROM evidence e JOIN progress_report p ON p.id = e.report_id"
                        + " WHERE e.id = ? AND e.kind = 'FILE'", evidenceId)
                .orElseThrow(() -> new NotFoundException("evidence.notFound"));
        boolean isPublic = "ACCEPTED".equals(r.string("review_state")) && "PUBLIC".equals(r.string("visibility"));
        long actionId = r.id("action_id");
        if (!isPublic && !actions.access(actions.get(actionId)).internal()) {
            throw audit.refuse("evidence.download", "Evidence", evidenceId, "action.notYourInstitution");
        }
        return new Download(store.path(r.string("stored_name")), r.string("original_name"), r.string("media_type"));
    }

    // ---------------------------------------------------------------- checks

    /** Checks one file completely: name, size, and that its bytes are the kind its name claims. */
    static CheckedFile check(EvidenceUpload upload) {
        String name = upload.fileName() == null ? "" : upload.fileName().strip();
        if (name.isEmpty() || name.startsWith(".") || name.contains("..") || !SAFE_NAME.matcher(name).matches()) {
            throw new BusinessException("evidence.badName", clipName(name));
        }
        if (upload.content().length == 0) {
            throw new BusinessException("evidence.empty", name);
        }
        if (upload.oversize()) {
            throw new BusinessException("evidence.tooLarge", name, EvidenceUpload.MAX_BYTES / (1024 * 1024));
        }
        String extension = FileType.extensionOf(name);
        if (!FileType.knownExtension(extension)) {
            throw new BusinessException("evidence.typeNotAllowed", name, FileType.allExtensions());
        }
        Optional<FileType> type = FileType.detect(upload.content());
        if (type.isEmpty() || !type.get().hasExtension(extension)) {
            throw new BusinessException("evidence.typeMismatch", name);
        }
        return new CheckedFile(name, type.get(), upload.content());
    }

    private static void checkLink(String link) {
        try {
            URI uri = new URI(link);
            if (link.length() > 1000 || uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                throw new BusinessException("evidence.badLink", clipName(link));
            }
        } catch (java.net.URISyntaxException e) {
            throw new BusinessException("evidence.badLink", clipName(link));
        }
    }

    private void deleteOnRollback(List<String> stored) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    stored.forEach(store::delete);
                }
            }
        });
    }

    private static String statusLine(ActionStatus status, int progress) {
        return status.name() + " " + progress + "%";
    }

    private static String clipName(String name) {
        String printable = name.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 80 ? printable.substring(0, 80) + "…" : printable;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
