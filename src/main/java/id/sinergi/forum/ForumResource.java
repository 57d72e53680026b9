package id.sinergi.forum;

import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;

/** Forums through the API: the same service and checks as the pages. */
@Path("forums")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Forums")
public class ForumResource {

    public static final int MAX_PAGE_SIZE = 100;

    @Inject
    private ForumService forums;

    @GET
    @Operation(summary = "The forums the caller may see, newest first, paged")
    public Page<ForumSummary> list(@QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BusinessException("api.paging", MAX_PAGE_SIZE);
        }
        List<ForumSummary> items = forums.visibleForums(page * size, size).stream().map(ForumSummary::of).toList();
        return new Page<>(items, forums.countVisibleForums(), page, size);
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One forum by its slug, with its themes")
    public ForumDetail get(@PathParam("slug") String slug) {
        return ForumDetail.of(forums.getBySlug(slug));
    }

    public record ForumSummary(String slug, String title, String venue, Instant startsAt, Instant endsAt,
                               String phase, String visibility, String organiser) {
        static ForumSummary of(Forum f) {
            return new ForumSummary(f.getSlug(), f.getTitle(), f.getVenue(), f.getStartsAt(), f.getEndsAt(),
                    f.getPhase().name(), f.getVisibility().name(),
                    f.getOrganiser() == null ? null : f.getOrganiser().getName());
        }
    }

    public record ForumDetail(String slug, String title, String description, String venue, Instant startsAt,
                              Instant endsAt, String phase, String visibility, String organiser, List<String> themes) {
        static ForumDetail of(Forum f) {
            return new ForumDetail(f.getSlug(), f.getTitle(), f.getDescription(), f.getVenue(), f.getStartsAt(),
                    f.getEndsAt(), f.getPhase().name(), f.getVisibility().name(),
                    f.getOrganiser() == null ? null : f.getOrganiser().getName(),
                    f.getThemes().stream().map(Theme::getName).toList());
        }
    }
}
