package id.sinergi.recommendation.voting;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumAccess;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.forum.roll.RollService;
import id.sinergi.forum.roll.Standing;
import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Formats;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.recommendation.RecommendationService;
import id.sinergi.recommendation.RecommendationView;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /f/{slug}/voting}: the forum's recommendations from draft to result. Moderators draft,
 * order and open the vote here; members vote (their own choice is shown to them alone); after the
 * close everyone sees the frozen results.
 */
@Named
@ViewScoped
public class VotingBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The choices in the order the vote box shows them. */
    private static final List<String> CHOICES = Arrays.stream(Choice.values()).map(Enum::name).toList();

    @Inject
    private ForumService forums;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private VotingService voting;

    @Inject
    private RollService roll;

    @Inject
    private FacesMessages messages;

    private String slug;
    private Long forumId;
    private String forumTitle;
    private ForumPhase phase;
    private ForumAccess access;
    /** The caller's place on the voter roll: whether they vote, or why not. */
    private Standing standing;
    private Turnout turnout;
    private List<SelectItem> themes;
    private BallotView ballot;
    private List<Section> sections;
    private int recommendationCount;
    private final Map<Long, String> myVotes = new HashMap<>();
    private Map<Long, Tally> totals = Map.of();
    private boolean showTotals;
    private Map<Long, List<Breakdown.Group>> breakdown = Map.of();

    private VotingForm votingForm = new VotingForm();

    /** Recommendations of one theme, in order. */
    public record Section(String theme, List<RecommendationView> recommendations) implements Serializable {
    }

    /**
     * Whether the view is built with the moderator's forms: read by {@code c:if} while the view is built, before
     * {@link #load}. A participant's page then has no date and number fields, and none of their 100 KB of script.
     */
    public boolean isModeratorView() {
        if (access == null) {
            access = forums.access(forums.getBySlug(Navigation.param("slug")));
        }
        return access.moderator();
    }

    public void load() {
        slug = Navigation.param("slug");
        Forum forum = forums.getBySlug(slug);
        forumId = forum.getId();
        forumTitle = forum.getTitle();
        if (access == null) {
            // the view's build asked already (isModeratorView), in this same request
            access = forums.access(forum);
        }
        standing = roll.standing(forumId);
        themes = forum.getThemes().stream().map(t -> new SelectItem(t.getId(), t.getName())).toList();
        votingForm.setEndsAt(LocalDateTime.now(Formats.ZONE).plusHours(2).truncatedTo(ChronoUnit.HOURS));
        refresh();
    }

    /** The list, the ballot and the caller's votes again, after the drafts changed ({@link id.sinergi.recommendation.DraftingBacking}). */
    public void reload() {
        refresh();
    }

    private void refresh() {
        // the list first: if it shows results, the close has committed and the ballot and
        // breakdown read next show it too
        List<RecommendationView> all = recommendations.list(forumId);
        phase = forums.get(forumId).getPhase();
        ballot = voting.ballot(forumId).orElse(null);
        recommendationCount = all.size();
        Map<String, List<RecommendationView>> byTheme = new LinkedHashMap<>();
        for (RecommendationView r : all) {
            byTheme.computeIfAbsent(r.themeName() == null ? "" : r.themeName(), k -> new ArrayList<>()).add(r);
        }
        sections = byTheme.entrySet().stream().map(e -> new Section(e.getKey(), e.getValue())).toList();
        loadMyVotes();
        loadTotals();
        breakdown = ballot != null && ballot.closed() ? voting.breakdown(forumId) : Map.of();
    }

    private void loadMyVotes() {
        myVotes.clear();
        voting.myVotes(forumId).forEach((id, choice) -> myVotes.put(id, choice.name()));
    }

    private void loadTotals() {
        showTotals = voting.seesRunningTotals(forumId);
        totals = showTotals ? voting.runningTotals(forumId) : Map.of();
        turnout = voting.seesTurnout(forumId) ? voting.turnout(forumId) : null;
    }

    /** A member of an admission forum asks for a place on the roll. */
    @RetriedOnConflict
    public void requestAdmission() {
        roll.requestAdmission(forumId);
        standing = roll.standing(forumId);
        messages.info("roll.requested");
    }

    /** Called by the page when the push says the totals moved: new totals, or the results once closed. */
    public void refreshTotals() {
        ballot = voting.ballot(forumId).orElse(null);
        if (ballot != null && ballot.closed()) {
            refresh();
        } else {
            loadTotals();
            // the list is drawn again: with the choices tapped since the page was opened
            loadMyVotes();
        }
    }

    // ---------------------------------------------------------------- voting
    // A tap on a choice goes to the vote API from the page's script (js/sinergi.js): it costs what an
    // API call costs and leaves this view as it was. What the caller chose is read again whenever the
    // list is drawn again.

    @RetriedOnConflict
    public void open() {
        voting.open(forumId, votingForm);
        messages.info("vote.opened");
        Navigation.redirect("/f/" + slug + "/voting");
    }

    @RetriedOnConflict
    public void closeNow() {
        voting.closeNow(forumId);
        messages.info("vote.closedNow");
        Navigation.redirect("/f/" + slug + "/voting");
    }

    // ---------------------------------------------------------------- view

    public boolean isVotingOpen() {
        return ballot != null && ballot.open();
    }

    public boolean isVotingClosed() {
        return ballot != null && ballot.closed();
    }

    public boolean isMayVote() {
        return isVotingOpen() && standing.mayVote();
    }

    public boolean isDraftingAllowed() {
        return access.moderator() && phase == ForumPhase.OPEN;
    }

    public String getSlug() { return slug; }
    public Long getForumId() { return forumId; }
    public String getForumTitle() { return forumTitle; }
    public ForumPhase getPhase() { return phase; }
    public ForumAccess getAccess() { return access; }
    public List<SelectItem> getThemes() { return themes; }
    public BallotView getBallot() { return ballot; }
    public List<Section> getSections() { return sections; }
    public int getRecommendationCount() { return recommendationCount; }
    public Map<Long, String> getMyVotes() { return myVotes; }
    public List<String> getChoices() { return CHOICES; }
    public Map<Long, Tally> getTotals() { return totals; }
    public boolean isShowTotals() { return showTotals; }
    public Standing getStanding() { return standing; }
    public Turnout getTurnout() { return turnout; }
    public Map<Long, List<Breakdown.Group>> getBreakdown() { return breakdown; }
    public VotingForm getVotingForm() { return votingForm; }
}
