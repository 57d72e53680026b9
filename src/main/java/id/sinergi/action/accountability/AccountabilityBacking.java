package id.sinergi.action.accountability;

import id.sinergi.action.ActionService;
import id.sinergi.action.ActionStatus;
import id.sinergi.action.ActionView;
import id.sinergi.forum.Forum;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /f/{slug}/accountability}: for everyone, the forum's follow-up in figures and charts (each
 * with its table), per recommendation and per institution, the actions table, and with
 * {@code ?institution={id}} one institution's figures and timeline.
 */
@Named
@ViewScoped
public class AccountabilityBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountabilityService accountability;

    private String slug;
    private Long forumId;
    private String forumTitle;
    private Figures total;
    private List<Figures> byRecommendation;
    private PagedModel<Figures> byInstitution;
    private PagedModel<ActionView> actionModel;
    private Long recommendationFilter;
    private ActionStatus statusFilter;
    private boolean overdueOnly;
    private Figures institution;
    private PagedModel<TimelineEntry> timeline;
    private List<Charts.Slice> statusSlices;

    public void load() {
        slug = Navigation.slug("forum.notFound");
        Forum forum = accountability.publicForum(slug);
        forumId = forum.getId();
        forumTitle = forum.getTitle();
        Overview overview = accountability.overview(forumId);
        total = overview.total();
        byRecommendation = overview.byRecommendation();
        byInstitution = PagedModel.of(overview.byInstitution(), Figures::id);
        Long id = forumId;
        String institutionParam = Navigation.param("institution");
        if (institutionParam != null && institutionParam.matches("\\d{1,18}")) {
            Long institutionId = Long.valueOf(institutionParam);
            institution = overview.institution(institutionId).orElseThrow(() -> new NotFoundException("institution.notFound"));
            timeline = new PagedModel<>(() -> accountability.countTimeline(id, institutionId),
                    (first, size) -> accountability.timeline(id, institutionId, first, size),
                    e -> e.reportedAt().toString() + e.actionId());
        }
        statusSlices = Charts.statusSlices(total);
        filter();
    }

    public void filter() {
        ActionService.Filter f = new ActionService.Filter(recommendationFilter, institution == null ? null : institution.id(),
                statusFilter, overdueOnly, false);
        Long id = forumId;
        actionModel = new PagedModel<>(() -> accountability.countActions(id, f),
                (first, size) -> accountability.actions(id, f, first, size), ActionView::id);
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public String getSlug() { return slug; }
    public String getForumTitle() { return forumTitle; }
    public Figures getTotal() { return total; }
    public List<Figures> getByRecommendation() { return byRecommendation; }
    public PagedModel<Figures> getByInstitution() { return byInstitution; }
    public PagedModel<ActionView> getActions() { return actionModel; }
    public Long getRecommendationFilter() { return recommendationFilter; }
    public void setRecommendationFilter(Long recommendationFilter) { this.recommendationFilter = recommendationFilter; }
    public ActionStatus getStatusFilter() { return statusFilter; }
    public void setStatusFilter(ActionStatus statusFilter) { this.statusFilter = statusFilter; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
    public Figures getInstitution() { return institution; }
    public PagedModel<TimelineEntry> getTimeline() { return timeline; }
    public List<Charts.Slice> getStatusSlices() { return statusSlices; }
}
