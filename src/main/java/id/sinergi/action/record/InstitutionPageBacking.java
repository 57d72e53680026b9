package id.sinergi.action.record;

import id.sinergi.action.ActionView;
import id.sinergi.action.report.ReportService;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /i/{slug}}: for everyone, an institution's commitments across forums and years: figures,
 * completion per year (chart and table), each forum with a link to its accountability page, every
 * action with its status, and the reports with their evidence. The institution's own leads see its
 * internal and not yet reviewed reports there too.
 */
@Named
@ViewScoped
public class InstitutionPageBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private TrackRecordService records;

    @Inject
    private ReportService reports;

    private TrackRecordService.Profile profile;
    private List<TrackRecordService.ForumFigures> forums;
    private PagedModel<ActionView> actions;
    private PagedModel<ReportService.InstitutionReport> reportModel;
    private boolean internal;

    public void load() {
        String slug = Navigation.slug("institution.notFound");
        profile = records.profile(slug);
        Long id = profile.id();
        forums = profile.forums();
        internal = reports.seesInstitutionInternals(id);
        long count = profile.total().actions();
        actions = new PagedModel<>(() -> count,
                (first, size) -> records.actionsOf(id, null, first, size), ActionView::id);
        reportModel = new PagedModel<>(() -> reports.countOfInstitution(id),
                (first, size) -> reports.ofInstitution(id, first, size), r -> r.report().id());
    }

    public TrackRecordService.Profile getProfile() { return profile; }
    public List<TrackRecordService.ForumFigures> getForums() { return forums; }
    public PagedModel<ActionView> getActions() { return actions; }
    public PagedModel<ReportService.InstitutionReport> getReports() { return reportModel; }
    public boolean isInternal() { return internal; }
}
