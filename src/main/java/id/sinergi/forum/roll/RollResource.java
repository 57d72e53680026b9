package id.sinergi.forum.roll;

import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** A forum's voter roll through the API: the queue and the roll for moderators, admission, check-in. */
@Path("forums/{slug}/roll")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Voter roll")
public class RollResource {

    private static final int PAGE_MAX = 100;

    @Inject
    private ForumService forums;

    @Inject
    private RollService roll;

    @GET
    @Operation(summary = "Moderators: one page of the roll (status ADMITTED), its queue (PENDING) or the declined; q searches name and e-mail")
    public RollPage list(@PathParam("slug") String slug, @QueryParam("status") @DefaultValue("ADMITTED") String status, @QueryParam("q") String text,
                         @QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        if (first < 0 || size < 1 || size > PAGE_MAX) {
            throw new BusinessException("api.badPage", PAGE_MAX);
        }
        VoterStatus wanted;
        try {
            wanted = VoterStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("roll.badStatus");
        }
        Long forumId = forum(slug).getId();
        return new RollPage(roll.count(forumId, wanted, text),
                roll.list(forumId, wanted, text, first, size).stream().map(VoterJson::of).toList());
    }

    @GET
    @Path("summary")
    @Operation(summary = "Moderators: how many are on the roll, waiting, declined and checked in; the roll's rules")
    public RollSummary summary(@PathParam("slug") String slug) {
        return roll.summary(forum(slug).getId());
    }

    @POST
    @Path("{userId}/admit")
    @Operation(summary = "Moderators: admit a person waiting in the queue")
    @RetriedOnConflict
    public Decision admit(@PathParam("slug") String slug, @PathParam("userId") long userId) {
        return new Decision(userId, roll.admit(forum(slug).getId(), List.of(userId)) > 0 ? "ADMITTED" : "UNCHANGED");
    }

    @POST
    @Path("{userId}/decline")
    @Operation(summary = "Moderators: decline a person waiting in the queue (or, before the vote opens, take them off the roll)")
    @RetriedOnConflict
    public Decision decline(@PathParam("slug") String slug, @PathParam("userId") long userId) {
        return new Decision(userId, roll.decline(forum(slug).getId(), List.of(userId)) > 0 ? "DECLINED" : "UNCHANGED");
    }

    @POST
    @Path("request")
    @Operation(summary = "A member of a forum whose roll is formed by admission asks to be admitted")
    @RetriedOnConflict
    public Decision request(@PathParam("slug") String slug) {
        Forum forum = forum(slug);
        roll.requestAdmission(forum.getId());
        Standing standing = roll.standing(forum.getId());
        return new Decision(null, standing.status() == null ? "NONE" : standing.status().name());
    }

    @POST
    @Path("check-in/{code}")
    @Operation(summary = "Moderators and helpers: check in the holder of a badge")
    @RetriedOnConflict
    public CheckIn checkIn(@PathParam("slug") String slug, @PathParam("code") String code) {
        return roll.checkInByBadge(forum(slug).getId(), code);
    }

    private Forum forum(String slug) {
        return forums.getBySlug(slug);
    }

    public record RollPage(long total, List<VoterJson> items) {
    }

    public record Decision(Long userId, String status) {
    }

    public record VoterJson(long userId, String name, String email, String institution, boolean affiliationConfirmed,
                            String status, String source, Instant requestedAt, Instant checkedInAt) {
        static VoterJson of(RollEntry e) {
            return new VoterJson(e.userId(), e.name(), e.email(), e.institution(), e.affiliationConfirmed(), e.status().name(),
                    e.source(), e.requestedAt(), e.checkedInAt());
        }
    }
}
