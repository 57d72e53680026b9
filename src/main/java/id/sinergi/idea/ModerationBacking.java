package id.sinergi.idea;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import jakarta.faces.view.ViewScoped;
import id.sinergi.platform.Navigation;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /f/{slug}/moderation}: reported ideas and comments first; each links to where it is handled. */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private IdeaService ideas;

    @Inject
    private ModerationService moderation;

    private String slug;
    private String title;
    private List<FlaggedItem> reported;

    public void load() {
        slug = Navigation.param("slug");
        Forum forum = forums.getBySlug(slug);
        title = forum.getTitle();
        reported = moderation.reported(forum.getId());
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getTitle() { return title; }
    public List<FlaggedItem> getReported() { return reported; }
}
