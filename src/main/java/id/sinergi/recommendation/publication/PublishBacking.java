package id.sinergi.recommendation.publication;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.recommendation.voting.BallotView;
import id.sinergi.recommendation.voting.VotingService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** The publication panel on {@code /f/{slug}/voting}: publish a version, list the versions. */
@Named
@ViewScoped
public class PublishBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private VotingService voting;

    @Inject
    private PublicationService publications;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long forumId;
    private boolean mayPublish;
    private List<Publication.Summary> versions;
    private String changeNote;

    public void load() {
        slug = Navigation.param("slug");
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        refresh(forum);
    }

    private void refresh(Forum forum) {
        versions = publications.versions(slug);
        mayPublish = forums.canModerate(forum) && voting.ballot(forumId).map(BallotView::closed).orElse(false);
        changeNote = versions.isEmpty() ? messages.text("publication.firstNote") : null;
    }

    @RetriedOnConflict
    public void publish() {
        Publication.Summary published = publications.publish(forumId, changeNote);
        messages.info("publication.published", published.version());
        Navigation.redirect("/f/" + slug + "/recommendations/v" + published.version());
    }

    public String getSlug() { return slug; }
    public boolean isMayPublish() { return mayPublish; }
    public List<Publication.Summary> getVersions() { return versions; }
    public String getChangeNote() { return changeNote; }
    public void setChangeNote(String changeNote) { this.changeNote = changeNote; }
}
