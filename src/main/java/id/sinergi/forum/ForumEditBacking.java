package id.sinergi.forum;

import id.sinergi.institution.InstitutionOption;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Formats;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.RetriedOnConflict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** {@code /forum/edit} (new) and {@code /forum/edit?slug=} (change): a moderator describes a forum. */
@Named
@ViewScoped
public class ForumEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private InstitutionService institutions;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long id;
    private ForumForm form = new ForumForm();
    private List<InstitutionOption> organisers;

    public void load() {
        organisers = institutions.options();
        if (slug != null && !slug.isBlank()) {
            Forum forum = forums.getBySlug(slug);
            id = forum.getId();
            form.setTitle(forum.getTitle());
            form.setSlug(forum.getSlug());
            form.setDescription(forum.getDescription());
            form.setVenue(forum.getVenue());
            form.setStartsAt(wib(forum.getStartsAt()));
            form.setEndsAt(wib(forum.getEndsAt()));
            form.setOrganiserId(forum.getOrganiser() == null ? null : forum.getOrganiser().getId());
            form.setVisibility(forum.getVisibility());
            form.setThemes(forum.getThemes().stream().map(Theme::getName).toList());
            form.setIdeaLimit(forum.getIdeaLimit());
            form.setHideSupportCounts(forum.isHideSupportCounts());
        } else if (form.getThemes().isEmpty()) {
            form.setThemes(List.of(messages.text("forumEdit.defaultThemes").split("\\s*,\\s*")));
        }
    }

    @RetriedOnConflict
    public void save() {
        Forum saved = id == null ? forums.create(form) : forums.update(id, form);
        messages.info(id == null ? "forum.created" : "forum.saved", saved.getTitle());
        Navigation.redirect("/f/" + saved.getSlug());
    }

    private static LocalDateTime wib(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, Formats.ZONE);
    }

    public boolean isNew() { return id == null; }
    public Visibility[] getVisibilities() { return Visibility.values(); }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ForumForm getForm() { return form; }
    public List<InstitutionOption> getOrganisers() { return organisers; }
}
