package id.sinergi.recommendation;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumAccess;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /f/{slug}/voting/{id}}: one recommendation, the ideas it came from, its discussion, and the moderator's edit. */
@Named
@ViewScoped
public class RecommendationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long forumId;
    private Long id;
    private ForumPhase phase;
    private ForumAccess access;
    private List<SelectItem> themes;
    private RecommendationView recommendation;
    private RecommendationForm edit;
    private String comment;

    private final PagedModel<RecommendationCommentView> comments = new PagedModel<>(
            () -> recommendations.countComments(id),
            (first, size) -> recommendations.comments(id, first, size),
            RecommendationCommentView::id);

    public void load() {
        slug = Navigation.param("slug");
        String idParam = Navigation.param("id");
        id = idParam != null && idParam.matches("\\d{1,18}") ? Long.valueOf(idParam) : -1L;
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        phase = forum.getPhase();
        access = forums.access(forum);
        themes = forum.getThemes().stream().map(t -> new SelectItem(t.getId(), t.getName())).toList();
        refresh();
    }

    private void refresh() {
        recommendation = recommendations.get(forumId, id);
        edit = new RecommendationForm(recommendation.themeId(), recommendation.title(), recommendation.body(),
                recommendation.ideas().stream().map(RecommendationView.IdeaRef::id).toList());
    }

    public void save() {
        recommendations.edit(id, edit);
        refresh();
        messages.info("recommendation.saved");
    }

    public void postComment() {
        recommendations.comment(id, comment);
        comment = null;
        refresh();
        messages.info("comment.posted");
    }

    public boolean isCommentable() {
        return phase == ForumPhase.OPEN || phase == ForumPhase.VOTING;
    }

    public boolean isEditable() {
        return access.moderator() && (phase == ForumPhase.OPEN || phase == ForumPhase.PUBLISHED || phase == ForumPhase.FOLLOW_UP);
    }

    public String getSlug() { return slug; }
    public ForumPhase getPhase() { return phase; }
    public ForumAccess getAccess() { return access; }
    public List<SelectItem> getThemes() { return themes; }
    public RecommendationView getRecommendation() { return recommendation; }
    public RecommendationForm getEdit() { return edit; }
    public PagedModel<RecommendationCommentView> getComments() { return comments; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
