package id.sinergi.action;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.institution.InstitutionOption;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import id.sinergi.recommendation.RecommendationView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /f/{slug}/actions}: moderators assign actions, many at once in the matrix (adopted
 * recommendations × institutions) or one at a time with all details, and change them
 * ({@code ?edit={id}}).
 */
@Named
@ViewScoped
public class ActionsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Up to this many institutions are columns of the matrix at first; more can be chosen. */
    static final int DEFAULT_COLUMNS = 15;

    @Inject
    private ActionService actions;

    @Inject
    private AssignmentService assignments;

    @Inject
    private ForumService forums;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AppClock clock;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long forumId;
    private String forumTitle;
    private List<RecommendationView> recommendations;
    private List<InstitutionOption> institutionOptions;
    private Map<Long, String> shortNames;
    private List<Long> columns = new ArrayList<>();
    private Map<Long, Map<Long, Integer>> counts;
    private final Map<String, Boolean> cells = new HashMap<>();
    private LocalDate matrixDueDate;
    private ActionForm form = new ActionForm();
    private Long editing;
    private List<AssignmentService.LeadOption> leads = List.of();
    private PagedModel<ActionView> list;

    public void load() {
        slug = Navigation.slug("forum.notFound");
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        forumTitle = forum.getTitle();
        recommendations = assignments.assignable(forumId);
        institutionOptions = institutions.options();
        shortNames = new HashMap<>();
        institutions.findAll().forEach(i -> shortNames.put(i.getId(), i.getShortName() == null ? i.getName() : i.getShortName()));
        counts = assignments.matrixCounts(forumId);
        columns = new ArrayList<>(institutionOptions.stream().limit(DEFAULT_COLUMNS).map(InstitutionOption::id).toList());
        matrixDueDate = clock.today().plusMonths(6);
        String edit = Navigation.param("edit");
        if (edit != null && edit.matches("\\d{1,18}")) {
            editing = Long.valueOf(edit);
            form = assignments.formOf(editing);
        } else {
            form.setDueDate(matrixDueDate);
        }
        loadLeads();
        Long id = forumId;
        list = new PagedModel<>(() -> actions.countForForum(id, ActionService.Filter.NONE),
                (first, size) -> actions.forForum(id, ActionService.Filter.NONE, first, size), ActionView::id);
    }

    public void loadLeads() {
        leads = assignments.leads(form.getInstitutionId());
    }

    public int count(long recommendationId, long institutionId) {
        return counts.getOrDefault(recommendationId, Map.of()).getOrDefault(institutionId, 0);
    }

    /** The matrix's column heading: the short name. */
    public String label(long institutionId) {
        return shortNames.getOrDefault(institutionId, "?");
    }

    @RetriedOnConflict
    public void assignMatrix() {
        List<AssignmentService.Cell> chosen = new ArrayList<>();
        cells.forEach((key, on) -> {
            if (Boolean.TRUE.equals(on)) {
                String[] ids = key.split("-");
                chosen.add(new AssignmentService.Cell(Long.parseLong(ids[0]), Long.parseLong(ids[1])));
            }
        });
        int created = assignments.assignMatrix(forumId, chosen, matrixDueDate);
        messages.info("action.matrixAssigned", created);
        Navigation.redirect("/f/" + slug + "/actions");
    }

    @RetriedOnConflict
    public void save() {
        if (editing == null) {
            long id = assignments.assign(forumId, form);
            messages.info("action.assigned");
            Navigation.redirect("/f/" + slug + "/actions/" + id);
        } else {
            assignments.edit(editing, form);
            messages.info("action.saved");
            Navigation.redirect("/f/" + slug + "/actions/" + editing);
        }
    }

    public String getSlug() { return slug; }
    public String getForumTitle() { return forumTitle; }
    public List<RecommendationView> getRecommendations() { return recommendations; }
    public List<InstitutionOption> getInstitutionOptions() { return institutionOptions; }
    public List<Long> getColumns() { return columns; }
    public void setColumns(List<Long> columns) { this.columns = columns == null ? new ArrayList<>() : columns; }
    public Map<String, Boolean> getCells() { return cells; }
    public LocalDate getMatrixDueDate() { return matrixDueDate; }
    public void setMatrixDueDate(LocalDate matrixDueDate) { this.matrixDueDate = matrixDueDate; }
    public ActionForm getForm() { return form; }
    public Long getEditing() { return editing; }
    public List<AssignmentService.LeadOption> getLeads() { return leads; }
    public PagedModel<ActionView> getList() { return list; }
}
