package id.sinergi.recommendation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The recommendations drafted from the idea an idea page shows: the recommendation component's
 * part of that page ({@code forum/idea.xhtml} includes it), so the idea component never asks the
 * recommendation component, which reads ideas.
 */
@Named
@ViewScoped
public class DraftedIntoBacking implements Serializable {

    @Inject
    private RecommendationService recommendations;

    private List<RecommendationView.IdeaRef> recommendationsOfIdea = List.of();

    /** After the idea page has loaded its idea (and refused it if the caller may not see it). */
    public void load(Long ideaId) {
        recommendationsOfIdea = ideaId == null ? List.of() : recommendations.draftedFrom(ideaId);
    }

    public List<RecommendationView.IdeaRef> getRecommendations() { return recommendationsOfIdea; }
}
