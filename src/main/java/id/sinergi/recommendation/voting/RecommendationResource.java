package id.sinergi.recommendation.voting;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.BusinessException;
import id.sinergi.recommendation.RecommendationService;
import id.sinergi.recommendation.RecommendationView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forum's recommendations and the caller's votes through the API. Results appear only after
 * the vote has closed; {@code myVote} is the caller's own vote and nobody else's.
 */
@Path("forums/{slug}/recommendations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Recommendations")
public class RecommendationResource {

    @Inject
    private ForumService forums;

    @Inject
    private RecommendationService recommendations;

    @Inject
    private VotingService voting;

    @Inject
    private BallotBox ballotBox;

    @GET
    @Operation(summary = "The forum's recommendations in order; results (totals and breakdown) once the vote has closed")
    public List<RecommendationJson> list(@PathParam("slug") String slug) {
        Forum forum = forums.getBySlug(slug);
        // the list before the breakdown: a list that shows results was read after the close
        // committed, so the breakdown read next is there too
        List<RecommendationView> list = recommendations.list(forum.getId());
        Map<Long, Choice> mine = voting.myVotes(forum.getId());
        Map<Long, List<Breakdown.Group>> groups = voting.breakdown(forum.getId());
        return list.stream()
                .map(r -> RecommendationJson.of(r, mine.get(r.id()), groups.getOrDefault(r.id(), List.of())))
                .toList();
    }

    @PUT
    @Path("{id}/vote")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cast or change your vote (AGREE, DISAGREE or ABSTAIN) while the vote is open")
    public VoteJson vote(@PathParam("slug") String slug, @PathParam("id") long id, VoteJson body) {
        if (body == null || body.choice() == null) {
            throw new BusinessException("vote.choiceRequired");
        }
        Choice choice;
        try {
            choice = Choice.valueOf(body.choice().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("vote.choiceRequired");
        }
        return new VoteJson(ballotBox.vote(slug, id, choice).name());
    }

    public record VoteJson(String choice) {
    }

    public record GroupJson(String institutionType, int agree, int disagree, int abstain) {
    }

    public record ResultJson(int agree, int disagree, int abstain, boolean adopted, List<GroupJson> byInstitutionType) {
    }

    public record RecommendationJson(long id, int number, String theme, String title, String body, String status,
                                     List<Long> ideas, int commentCount, ResultJson result, String myVote) {
        static RecommendationJson of(RecommendationView r, Choice mine, List<Breakdown.Group> groups) {
            ResultJson result = r.result() == null ? null : new ResultJson(r.result().agree(), r.result().disagree(),
                    r.result().abstain(), r.result().adopted(), groups.stream()
                    .map(g -> new GroupJson(g.key(), g.agree(), g.disagree(), g.abstain())).toList());
            return new RecommendationJson(r.id(), r.number(), r.themeName(), r.title(), r.body(), r.status().name(),
                    r.ideas().stream().map(RecommendationView.IdeaRef::id).toList(), r.commentCount(), result,
                    mine == null ? null : mine.name());
        }
    }
}
