package id.sinergi.forum.roll;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.RetriedOnConflict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /f/{slug}/check-in[/{code}]}: at the venue, a moderator or helper scans a badge with the
 * phone's camera (the QR code opens this page with the code) and taps once to check the person
 * in, or finds them by name. Opening the link checks nobody in by itself: a link is not a tap.
 */
@Named
@ViewScoped
public class CheckInBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private RollService roll;

    @Inject
    private FacesMessages messages;

    @Inject
    private id.sinergi.platform.Caller caller;

    private String slug;
    private Long forumId;
    private String forumTitle;
    private String code;
    private CheckIn badge;
    private boolean badgeUnknown;
    private CheckIn done;
    private String search;
    private List<RollEntry> found = List.of();
    private RollSummary summary;

    public void load() {
        slug = Navigation.param("slug");
        if (!caller.isAuthenticated()) {
            // a helper's phone opens a badge's link before anyone logged in on it
            Navigation.toLogin("/f/" + slug + "/check-in" + (Navigation.param("code") == null ? "" : "/" + Navigation.param("code")));
            return;
        }
        Forum forum = forums.findBySlug(slug).orElseThrow(() -> new id.sinergi.platform.NotFoundException("forum.notFound"));
        forumId = forum.getId();
        forumTitle = forum.getTitle();
        code = Navigation.param("code");
        if (code != null) {
            badge = roll.badge(forumId, code).orElse(null);
            badgeUnknown = badge == null;
        }
        summary = roll.summary(forumId);
    }

    @RetriedOnConflict
    public void confirmBadge() {
        done = roll.checkInByBadge(forumId, code);
        after();
    }

    @RetriedOnConflict
    public void checkIn(Long userId) {
        done = roll.checkIn(forumId, userId);
        found = roll.findForCheckIn(forumId, search);
        after();
    }

    private void after() {
        badge = null;
        summary = roll.summary(forumId);
        messages.info(done.justNow() ? "checkIn.done" : "checkIn.already");
    }

    public void find() {
        found = roll.findForCheckIn(forumId, search);
    }

    public String getSlug() { return slug; }
    public String getForumTitle() { return forumTitle; }
    public CheckIn getBadge() { return badge; }
    public boolean isBadgeUnknown() { return badgeUnknown; }
    public CheckIn getDone() { return done; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public List<RollEntry> getFound() { return found; }
    public RollSummary getSummary() { return summary; }
}
