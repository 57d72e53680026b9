package id.sinergi.action.accountability;

import id.sinergi.action.ActionService;
import id.sinergi.action.ActionStatus;
import id.sinergi.action.ActionView;
import id.sinergi.action.CarryOverService;
import id.sinergi.forum.Forum;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/**
 * {@code /f/{slug}/dashboard}: for the forum's moderators, who is lagging (most overdue, then
 * blocked, then least complete), what is blocked, and which reports wait for review.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountabilityService accountability;

    private String slug;
    private String forumTitle;
    private Figures total;
    private PagedModel<Figures> lagging;
    private PagedModel<ActionView> blocked;
    private PagedModel<ActionView> pending;
    private PagedModel<ActionView> overdue;
    private long unfinished;
    private java.util.List<CarryOverService.Source> carryTargets;

    @Inject
    private CarryOverService carryOver;

    public void load() {
        slug = Navigation.slug("forum.notFound");
        Forum forum = accountability.dashboardForum(slug);
        forumTitle = forum.getTitle();
        long id = forum.getId();
        Overview overview = accountability.overview(id);
        total = overview.total();
        lagging = PagedModel.of(overview.lagging(), Figures::id);
        blocked = actions(id, new ActionService.Filter(null, null, ActionStatus.BLOCKED, false, false));
        pending = actions(id, new ActionService.Filter(null, null, null, false, true));
        overdue = actions(id, new ActionService.Filter(null, null, null, true, false));
        unfinished = accountability.countActions(id, ActionService.Filter.OPEN_ONLY);
        carryTargets = carryOver.targets(id);
    }

    private PagedModel<ActionView> actions(long forumId, ActionService.Filter filter) {
        return new PagedModel<>(() -> accountability.countActions(forumId, filter),
                (first, size) -> accountability.actions(forumId, filter, first, size), ActionView::id);
    }

    public String getSlug() { return slug; }
    public String getForumTitle() { return forumTitle; }
    public Figures getTotal() { return total; }
    public PagedModel<Figures> getLagging() { return lagging; }
    public PagedModel<ActionView> getBlocked() { return blocked; }
    public PagedModel<ActionView> getPending() { return pending; }
    public PagedModel<ActionView> getOverdue() { return overdue; }
    public long getUnfinished() { return unfinished; }
    public java.util.List<CarryOverService.Source> getCarryTargets() { return carryTargets; }
}
