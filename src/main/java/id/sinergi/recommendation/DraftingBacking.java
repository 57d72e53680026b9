package id.sinergi.recommendation;

import id.sinergi.platform.FacesMessages;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.recommendation.voting.VotingBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The drafting part of {@code /f/{slug}/voting}: a moderator drafts a recommendation from ideas,
 * reorders and deletes drafts while the forum is open. The vote itself is {@link VotingBacking}'s,
 * which this asks to show the list again after each change.
 */
@Named
@ViewScoped
public class DraftingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private VotingBacking voting;

    @Inject
    private FacesMessages messages;

    private Long forumId;
    private RecommendationForm draft = new RecommendationForm();
    private List<RecommendationView.IdeaRef> draftIdeas = new ArrayList<>();
    private boolean drafting;

    /** After the voting page has loaded its forum; {@code ?fromIdea=} starts a draft from that idea. */
    public void load() {
        forumId = voting.getForumId();
        String fromIdea = Navigation.param("fromIdea");
        if (voting.isDraftingAllowed() && fromIdea != null && fromIdea.matches("\\d{1,18}")) {
            startDraft();
            draft = recommendations.formFromIdea(forumId, Long.valueOf(fromIdea));
            draftIdeas = new ArrayList<>(draft.getIdeaIds().stream()
                    .map(id -> recommendations.ideaRef(id).orElseThrow()).toList());
        }
    }

    public void startDraft() {
        draft = new RecommendationForm();
        draftIdeas = new ArrayList<>();
        drafting = true;
    }

    public void cancelDraft() {
        drafting = false;
    }

    public List<RecommendationView.IdeaRef> completeIdeas(String text) {
        return recommendations.findIdeas(forumId, text);
    }

    /** The first idea picked gives an empty draft its theme, title and text. */
    public void ideaPicked() {
        if (draftIdeas.size() == 1 && (draft.getTitle() == null || draft.getTitle().isBlank())) {
            RecommendationForm from = recommendations.formFromIdea(forumId, draftIdeas.getFirst().id());
            draft.setThemeId(from.getThemeId());
            draft.setTitle(from.getTitle());
            draft.setBody(from.getBody());
        }
    }

    @RetriedOnConflict
    public void saveDraft() {
        draft.setIdeaIds(draftIdeas.stream().map(RecommendationView.IdeaRef::id).toList());
        recommendations.draft(forumId, draft);
        drafting = false;
        voting.reload();
        messages.info("recommendation.drafted");
    }

    @RetriedOnConflict
    public void move(Long id, boolean up) {
        recommendations.move(id, up);
        voting.reload();
    }

    @RetriedOnConflict
    public void delete(Long id) {
        recommendations.delete(id);
        voting.reload();
        messages.info("recommendation.deleted");
    }

    public RecommendationForm getDraft() { return draft; }
    public List<RecommendationView.IdeaRef> getDraftIdeas() { return draftIdeas; }
    public void setDraftIdeas(List<RecommendationView.IdeaRef> draftIdeas) { this.draftIdeas = draftIdeas == null ? new ArrayList<>() : draftIdeas; }
    public boolean isDrafting() { return drafting; }
}
