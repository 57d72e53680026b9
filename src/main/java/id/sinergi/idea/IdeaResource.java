package id.sinergi.idea;

import id.sinergi.platform.RetriedOnConflict;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumResource;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Instant;

/** A forum's ideas through the API: the same service, checks and anonymity as the pages. */
@Path("forums/{slug}/ideas")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Ideas")
public class IdeaResource {

    @Inject
    private ForumService forums;

    @Inject
    private IdeaService ideas;

    @GET
    @Operation(summary = "A page of the forum's ideas: filter by theme, status and words; sort NEWEST or MOST_SUPPORTED."
            + " The first 10,000 ideas of a list are paged; total is exact up to 10,000, and 10,001 means more")
    public Page<IdeaJson> list(@PathParam("slug") String slug, @QueryParam("page") @DefaultValue("0") int page,
                               @QueryParam("size") @DefaultValue("20") int size,
                               @QueryParam("theme") Long themeId,
                               @QueryParam("status") String status,
                               @QueryParam("q") String search,
                               @QueryParam("sort") @DefaultValue("NEWEST") String sort) {
        if (page < 0 || size < 1 || size > ForumResource.MAX_PAGE_SIZE) {
            throw new BusinessException("api.paging", ForumResource.MAX_PAGE_SIZE);
        }
        if ((long) page * size >= IdeaService.COUNTED) {
            throw new BusinessException("api.pagingCounted", IdeaService.COUNTED);
        }
        BoardQuery query = new BoardQuery(themeId, parse(IdeaStatus.class, status), search, parse(BoardQuery.Sort.class, sort));
        Forum forum = forums.getBySlug(slug);
        return new Page<>(ideas.board(forum, query, page * size, size).stream().map(IdeaJson::of).toList(),
                ideas.count(forum, query), page, size);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One idea")
    public IdeaJson get(@PathParam("slug") String slug, @PathParam("id") long id) {
        return IdeaJson.of(inThisForum(slug, id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Post an idea (forum in phase OPEN, logged in)")
    @RetriedOnConflict
    public Response post(@PathParam("slug") String slug, NewIdea body) {
        if (body == null) {
            throw new BusinessException("error.badRequest");
        }
        Forum forum = forums.getBySlug(slug);
        Idea idea = ideas.post(forum.getId(), new IdeaForm(body.themeId(), body.title(), body.body(), body.anonymous()));
        return Response.created(URI.create("forums/" + slug + "/ideas/" + idea.getId()))
                .entity(IdeaJson.of(ideas.get(idea.getId()))).build();
    }

    @PUT
    @Path("{id}/support")
    @Operation(summary = "Support the idea; doing it twice counts once")
    @RetriedOnConflict
    public SupportJson support(@PathParam("slug") String slug, @PathParam("id") long id) {
        IdeaView idea = inThisForum(slug, id);
        return SupportJson.of(idea, true, ideas.support(id));
    }

    @DELETE
    @Path("{id}/support")
    @Operation(summary = "Take the support back")
    @RetriedOnConflict
    public SupportJson unsupport(@PathParam("slug") String slug, @PathParam("id") long id) {
        IdeaView idea = inThisForum(slug, id);
        return SupportJson.of(idea, false, ideas.unsupport(id));
    }

    private IdeaView inThisForum(String slug, long id) {
        return ideas.get(forums.getBySlug(slug).getId(), id);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException("error.badRequest");
        }
    }

    public record NewIdea(Long themeId, String title, String body, boolean anonymous) {
    }

    /** The count only where the caller may see counts (a forum may hide them until voting). */
    public record SupportJson(long ideaId, boolean supported, Integer supportCount) {
        static SupportJson of(IdeaView idea, boolean supported, int count) {
            return new SupportJson(idea.id(), supported, idea.supportCount() == null ? null : count);
        }
    }

    /** An idea in the API: author null when anonymous to the caller, supportCount null when hidden. */
    public record IdeaJson(long id, long themeId, String theme, String title, String body, boolean anonymous,
                           String author, String status, Long mergedInto, Integer supportCount, int commentCount,
                           boolean supportedByMe, Instant createdAt) {
        static IdeaJson of(IdeaView v) {
            return new IdeaJson(v.id(), v.themeId(), v.themeName(), v.title(), v.body(), v.anonymous(), v.authorName(),
                    v.status().name(), v.mergedIntoId(), v.supportCount(), v.commentCount(), v.supportedByMe(), v.createdAt());
        }
    }
}
