package id.sinergi.forum;

import id.sinergi.platform.FacesMessages;
import jakarta.faces.view.ViewScoped;
import id.sinergi.platform.Navigation;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;

/** {@code /f/{slug}}: one forum, and for its moderators the phase controls. */
@Named
@ViewScoped
public class ForumViewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private FacesMessages messages;

    private String slug;
    private ForumCard forum;
    private ForumAccess access;

    public void load() {
        slug = Navigation.param("slug");
        Forum found = forums.getBySlug(slug);
        access = forums.access(found);
        forum = ForumCard.of(found, access.member());
    }

    public void moveToNextPhase() {
        ForumPhase next = forum.nextPhase();
        Forum moved = forums.moveTo(forum.id(), next);
        forum = ForumCard.of(moved, true);
        messages.info("phase.moved", messages.text(next.messageKey()));
    }

    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public ForumCard getForum() { return forum; }
    public ForumAccess getAccess() { return access; }
}
