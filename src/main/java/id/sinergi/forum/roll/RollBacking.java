package id.sinergi.forum.roll;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.forum.RollMode;
import id.sinergi.identity.ImportReport;
import id.sinergi.identity.UserRow;
import id.sinergi.identity.UserService;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import id.sinergi.platform.RetriedOnConflict;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /f/{slug}/roll}: the moderator forms the voter roll: how people get on it, the queue of
 * people waiting for admission, invitations (a CSV list or people who have accounts), the roll
 * with check-in, printable badges, and the helpers who check people in at the venue.
 */
@Named
@ViewScoped
public class RollBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ForumService forums;

    @Inject
    private RollService roll;

    @Inject
    private UserService users;

    @Inject
    private FacesMessages messages;

    @Inject
    private id.sinergi.platform.Caller caller;

    private String slug;
    private Long forumId;
    private String forumTitle;
    private boolean settingsOpen;
    private RollMode mode;
    private int minGroupSize;
    private boolean checkedInOnly;
    private RollSummary summary;
    private List<String> helpers;
    private String search;
    private String helperEmail;
    private String inviteEmail;
    private transient Part file;
    private ImportReport report;

    private final PagedModel<RollEntry> queue = new PagedModel<>(
            () -> roll.count(forumId, VoterStatus.PENDING, null),
            (first, size) -> roll.list(forumId, VoterStatus.PENDING, null, first, size),
            RollEntry::userId);

    private final PagedModel<RollEntry> admitted = new PagedModel<>(
            () -> roll.count(forumId, VoterStatus.ADMITTED, search),
            (first, size) -> roll.list(forumId, VoterStatus.ADMITTED, search, first, size),
            RollEntry::userId);

    public void load() {
        slug = Navigation.param("slug");
        if (!caller.isAuthenticated()) {
            Navigation.toLogin("/f/" + slug + "/roll");
            return;
        }
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        forumTitle = forum.getTitle();
        settingsOpen = forum.getPhase() == ForumPhase.DRAFT || forum.getPhase() == ForumPhase.OPEN;
        mode = forum.getRollMode();
        minGroupSize = forum.getMinGroupSize();
        checkedInOnly = forum.isCheckedInOnly();
        refresh();
    }

    private void refresh() {
        summary = roll.summary(forumId);
        helpers = roll.helpers(forumId);
    }

    @RetriedOnConflict
    public void saveSettings() {
        forums.configureRoll(forumId, mode, minGroupSize, checkedInOnly);
        refresh();
        messages.info("roll.settingsSaved");
    }

    @RetriedOnConflict
    public void admit(Long userId) {
        roll.admit(forumId, List.of(userId));
        refresh();
        messages.info("roll.admitted", 1);
    }

    @RetriedOnConflict
    public void decline(Long userId) {
        roll.decline(forumId, List.of(userId));
        refresh();
        messages.info("roll.declined", 1);
    }

    /** Admits the people the queue shows on its current page, as the moderator sees them. */
    @RetriedOnConflict
    public void admitShown() {
        List<Long> shown = queue.getWrappedData() == null ? List.of()
                : queue.getWrappedData().stream().map(RollEntry::userId).toList();
        int admittedNow = roll.admit(forumId, shown);
        refresh();
        messages.info("roll.admitted", admittedNow);
    }

    @RetriedOnConflict
    public void checkIn(Long userId) {
        roll.checkIn(forumId, userId);
        refresh();
        messages.info("checkIn.done");
    }

    public List<UserRow> completeUsers(String text) {
        return users.findToInvite(text);
    }

    @RetriedOnConflict
    public void inviteOne() {
        users.findByEmail(inviteEmail).ifPresentOrElse(user -> {
            roll.invite(forumId, List.of(user.getId()));
            messages.info("roll.invitedOne", user.getName());
        }, () -> messages.error("user.notFound"));
        inviteEmail = null;
        refresh();
    }

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("import.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = roll.importInvitations(forumId, in);
        }
        refresh();
        messages.info("roll.importDone", report.imported().size(), report.rejected().size());
    }

    @RetriedOnConflict
    public void addHelper() {
        roll.addHelper(forumId, helperEmail == null ? "" : helperEmail.strip());
        helperEmail = null;
        refresh();
        messages.info("roll.helperAdded");
    }

    public String getSlug() { return slug; }
    public String getForumTitle() { return forumTitle; }
    public boolean isSettingsOpen() { return settingsOpen; }
    public RollMode[] getModes() { return RollMode.values(); }
    public RollMode getMode() { return mode; }
    public void setMode(RollMode mode) { this.mode = mode; }
    public int getMinGroupSize() { return minGroupSize; }
    public void setMinGroupSize(int minGroupSize) { this.minGroupSize = minGroupSize; }
    public boolean isCheckedInOnly() { return checkedInOnly; }
    public void setCheckedInOnly(boolean checkedInOnly) { this.checkedInOnly = checkedInOnly; }
    public RollSummary getSummary() { return summary; }
    public List<String> getHelpers() { return helpers; }
    public PagedModel<RollEntry> getQueue() { return queue; }
    public PagedModel<RollEntry> getAdmitted() { return admitted; }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public String getHelperEmail() { return helperEmail; }
    public void setHelperEmail(String helperEmail) { this.helperEmail = helperEmail; }
    public String getInviteEmail() { return inviteEmail; }
    public void setInviteEmail(String inviteEmail) { this.inviteEmail = inviteEmail; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ImportReport getReport() { return report; }
}
