package id.sinergi.action;

import id.sinergi.platform.AppClock;
import id.sinergi.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;

/** {@code /my-actions}: the actions of the lead's institution and its offices, what needs attention first. */
@Named
@ViewScoped
public class MyActionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ActionService actions;

    @Inject
    private AppClock clock;

    private ActionService.Mine filter = ActionService.Mine.OPEN;
    private PagedModel<ActionView> model;
    private long openCount;
    private long overdueCount;
    private LocalDate today;

    @PostConstruct
    void init() {
        today = clock.today();
        openCount = actions.countMine(ActionService.Mine.OPEN);
        overdueCount = actions.countMine(ActionService.Mine.OVERDUE);
        apply();
    }

    public void apply() {
        ActionService.Mine chosen = filter;
        model = new PagedModel<>(() -> actions.countMine(chosen), (first, size) -> actions.mine(chosen, first, size),
                ActionView::id);
    }

    /** Due within a week and still open: shown with a warning. */
    public boolean dueSoon(ActionView a) {
        return a.status().isOpen() && !a.isOverdue() && !a.dueDate().isAfter(today.plusDays(7));
    }

    public ActionService.Mine[] getFilters() {
        return ActionService.Mine.values();
    }

    public ActionService.Mine getFilter() { return filter; }
    public void setFilter(ActionService.Mine filter) { this.filter = filter == null ? ActionService.Mine.OPEN : filter; }
    public PagedModel<ActionView> getModel() { return model; }
    public long getOpenCount() { return openCount; }
    public long getOverdueCount() { return overdueCount; }
}
