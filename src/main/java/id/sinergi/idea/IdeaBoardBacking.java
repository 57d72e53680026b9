package id.sinergi.idea;

import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumAccess;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.PagedModel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import id.sinergi.platform.Navigation;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /f/{slug}/ideas}: the idea board: post, filter, search, sort, support. */
@Named
@ViewScoped
public class IdeaBoardBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private IdeaService ideas;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long forumId;
    private String title;
    private ForumPhase phase;
    private ForumAccess access;
    private boolean countsShown;
    private List<ThemeOption> themes;

    private Long themeId;
    private IdeaStatus status;
    private String search;
    private BoardQuery.Sort sort = BoardQuery.Sort.NEWEST;

    private IdeaForm form = new IdeaForm();
    /** What the board counted for the list shown (IdeaService.COUNTED + 1: more than it pages). */
    private long counted;

    private final PagedModel<IdeaView> model = new PagedModel<>(
            this::countPaged,
            (first, size) -> ideas.board(forum(), query(), first, size),
            IdeaView::id);

    public void load() {
        slug = Navigation.param("slug");
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        title = forum.getTitle();
        phase = forum.getPhase();
        access = forums.access(forum);
        countsShown = access.moderator() || forum.supportCountsShown();
        themes = ThemeOption.of(forum);
    }

    /** What the paginator offers: the board's count, at most the ideas it pages; remembers whether there are more. */
    private long countPaged() {
        counted = ideas.count(forum(), query());
        return Math.min(counted, IdeaService.COUNTED);
    }

    private Forum forum() {
        return forums.getVisible(forumId);
    }

    private BoardQuery query() {
        return new BoardQuery(themeId, status, search, sort);
    }

    @RetriedOnConflict
    public void post() {
        Idea idea = ideas.post(forumId, form);
        messages.info("idea.posted", idea.getTitle());
        form = new IdeaForm();
    }

    /** The support button of a board row (the idea id comes as a request parameter, row state is not needed). */
    @RetriedOnConflict
    public void toggleSupport() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("ideaId");
        if (id == null || !id.matches("\\d{1,18}")) {
            return;
        }
        IdeaView idea = ideas.get(Long.valueOf(id));
        if (idea.supportedByMe()) {
            ideas.unsupport(idea.id());
        } else {
            ideas.support(idea.id());
        }
    }

    public boolean isOpen() { return phase == ForumPhase.OPEN; }
    public IdeaStatus[] getStatuses() {
        return access.moderator() ? IdeaStatus.values() : new IdeaStatus[]{IdeaStatus.VISIBLE, IdeaStatus.MERGED};
    }
    public BoardQuery.Sort[] getSorts() { return BoardQuery.Sort.values(); }
    public PagedModel<IdeaView> getModel() { return model; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public Long getForumId() { return forumId; }
    public String getTitle() { return title; }
    public ForumAccess getAccess() { return access; }
    public boolean isCountsShown() { return countsShown; }
    public boolean isMoreThanCounted() { return counted > IdeaService.COUNTED; }
    public int getCountedLimit() { return IdeaService.COUNTED; }
    public List<ThemeOption> getThemes() { return themes; }
    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public IdeaStatus getStatus() { return status; }
    public void setStatus(IdeaStatus status) { this.status = status; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public BoardQuery.Sort getSort() { return sort; }
    public void setSort(BoardQuery.Sort sort) { this.sort = sort; }
    public IdeaForm getForm() { return form; }
}
