package id.sinergi.action;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import id.sinergi.platform.RetriedOnConflict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /f/{slug}/carry-over}: for the moderators of a newer forum, the unfinished actions of the
 * organiser's earlier forums ({@code ?from={slug}} picks one; the most recent by default), each to
 * carry over to this forum with a new due date or to close with a public reason.
 */
@Named
@ViewScoped
public class CarryOverBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private CarryOverService carryOver;

    @Inject
    private ForumService forums;

    @Inject
    private FacesMessages messages;

    @Inject
    private AppClock clock;

    private String slug;
    private Long forumId;
    private String forumTitle;
    private List<CarryOverService.Source> sources;
    private CarryOverService.Source source;
    private PagedModel<ActionView> unfinished;
    private LocalDate dueDate;
    private final Map<Long, String> reasons = new HashMap<>();

    public void load() {
        slug = Navigation.slug("forum.notFound");
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        forumTitle = forum.getTitle();
        sources = carryOver.sources(forumId);
        String from = Navigation.param("from");
        source = sources.stream().filter(s -> s.slug().equals(from)).findFirst()
                .orElse(sources.stream().filter(s -> s.unfinished() > 0).findFirst().orElse(sources.isEmpty() ? null : sources.getFirst()));
        dueDate = clock.today().plusMonths(6);
        if (source != null) {
            Long sourceId = source.forumId();
            Long targetId = forumId;
            unfinished = new PagedModel<>(() -> carryOver.countUnfinished(sourceId, targetId),
                    (first, size) -> carryOver.unfinished(sourceId, targetId, first, size), ActionView::id);
        }
    }

    @RetriedOnConflict
    public void carry(long actionId) {
        carryOver.carryOver(actionId, forumId, dueDate);
        messages.info("carryOver.done");
        Navigation.redirect(here());
    }

    @RetriedOnConflict
    public void close(long actionId) {
        carryOver.close(actionId, reasons.get(actionId) == null ? "" : reasons.get(actionId));
        messages.info("carryOver.closed");
        Navigation.redirect(here());
    }

    private String here() {
        return "/f/" + slug + "/carry-over?from=" + source.slug();
    }

    public String getSlug() { return slug; }
    public String getForumTitle() { return forumTitle; }
    public List<CarryOverService.Source> getSources() { return sources; }
    public CarryOverService.Source getSource() { return source; }
    public PagedModel<ActionView> getUnfinished() { return unfinished; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Map<Long, String> getReasons() { return reasons; }
    public LocalDate getToday() { return clock.today(); }
}
