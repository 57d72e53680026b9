package id.sinergi.action;

import id.sinergi.action.report.EvidenceUpload;
import id.sinergi.action.report.ReportForm;
import id.sinergi.action.report.ReportService;
import id.sinergi.action.report.ReportView;
import id.sinergi.action.report.ReviewState;
import id.sinergi.action.report.ReportVisibility;
import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.platform.Slugs;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /f/{slug}/actions/{id}}: one action for everyone (accepted public reports and evidence),
 * with the report form for its institution's leads and the review for moderators.
 */
@Named
@ViewScoped
public class ActionBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ActionService actions;

    @Inject
    private ReportService reports;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long id;
    private ActionView action;
    private ActionAccess access;
    private List<ActionService.Milestone> milestones;
    private PagedModel<ReportView> reportModel;
    private PagedModel<ActionService.Event> history;
    private ReportForm form = new ReportForm();
    /** The chosen evidence files (the standard file input: announced and focusable, unlike PrimeFaces' simple mode). */
    private transient List<Part> files;
    private final Map<Long, String> returnComments = new HashMap<>();
    /** The newest report, when it still waits for review (only for those who see internal reports). */
    private ReportView pendingReport;
    private String closeReason;

    @Inject
    private CarryOverService carryOver;

    public String getCloseReason() { return closeReason; }
    public void setCloseReason(String closeReason) { this.closeReason = closeReason; }

    public void load() {
        slug = Navigation.param("slug");
        String idParam = Navigation.param("id");
        if (slug == null || !Slugs.isValid(slug) || idParam == null || !idParam.matches("\\d{1,18}")) {
            throw new NotFoundException("action.notFound");
        }
        id = Long.valueOf(idParam);
        refresh();
        if (!action.forumSlug().equals(slug)) {
            throw new NotFoundException("action.notFound");
        }
        // a report that waits for review is what the lead last said: the form starts from it, not from 0 %
        pendingReport = access.internal() && action.pendingReports() > 0
                ? reports.reports(id, 0, 1).stream().filter(r -> r.reviewState() == ReviewState.PENDING).findFirst().orElse(null)
                : null;
        ActionStatus status = pendingReport != null ? pendingReport.status() : action.status();
        form.setStatus(status == ActionStatus.PLANNED ? ActionStatus.IN_PROGRESS : status);
        form.setProgress(pendingReport != null ? pendingReport.progress() : action.progress());
        form.setMilestonesReached(new ArrayList<>(milestones.stream().filter(m -> m.reachedOn() != null)
                .map(ActionService.Milestone::id).toList()));
    }

    private void refresh() {
        action = actions.get(id);
        access = actions.access(action);
        milestones = actions.milestones(id);
        Long actionId = id;
        reportModel = new PagedModel<>(() -> reports.countReports(actionId), (first, size) -> reports.reports(actionId, first, size),
                ReportView::id);
        history = new PagedModel<>(() -> actions.countHistory(actionId), (first, size) -> actions.history(actionId, first, size),
                e -> e.occurredAt().toString() + e.kind());
    }

    public void submit() throws IOException {
        List<EvidenceUpload> uploads = new ArrayList<>();
        if (files != null) {
            for (Part file : files) {
                if (file.getSize() > 0 || (file.getSubmittedFileName() != null && !file.getSubmittedFileName().isEmpty())) {
                    uploads.add(EvidenceUpload.read(file.getSubmittedFileName(), file.getInputStream()));
                }
            }
        }
        reports.submit(id, form, uploads);
        messages.info("report.submitted");
        Navigation.redirect(action.link());
    }

    /** Closes the open action for good with a public reason (moderators). */
    @RetriedOnConflict
    public void close() {
        carryOver.close(id, closeReason == null ? "" : closeReason);
        messages.info("carryOver.closed");
        Navigation.redirect(action.link());
    }

    @RetriedOnConflict
    public void accept(long reportId) {
        reports.accept(reportId);
        messages.info("report.accepted");
        Navigation.redirect(action.link());
    }

    @RetriedOnConflict
    public void returnReport(long reportId) {
        reports.returnReport(reportId, returnComments.get(reportId));
        messages.info("report.returned");
        Navigation.redirect(action.link());
    }

    public java.util.List<ActionStatus> getStatuses() {
        return ActionStatus.REPORTABLE;
    }

    public ReportVisibility[] getVisibilities() {
        return ReportVisibility.values();
    }

    public String getAccept() {
        return ".pdf,.png,.jpg,.jpeg,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt";
    }

    public int getMaxMegabytes() {
        return EvidenceUpload.MAX_BYTES / (1024 * 1024);
    }

    public long getMaxBytes() {
        return EvidenceUpload.MAX_BYTES;
    }

    public String getSlug() { return slug; }
    public ActionView getAction() { return action; }
    public ActionAccess getAccess() { return access; }
    public List<ActionService.Milestone> getMilestones() { return milestones; }
    public PagedModel<ReportView> getReports() { return reportModel; }
    public PagedModel<ActionService.Event> getHistory() { return history; }
    public ReportForm getForm() { return form; }
    public List<Part> getFiles() { return files; }
    public void setFiles(List<Part> files) { this.files = files; }
    public Map<Long, String> getReturnComments() { return returnComments; }
    public ReportView getPendingReport() { return pendingReport; }
}
