package id.sinergi.action.record;

import id.sinergi.action.ActionResource;
import id.sinergi.action.accountability.Figures;
import id.sinergi.action.report.ReportService;
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

import java.util.List;

/**
 * Commitments across forums and years through the API, for everyone (no token needed): the
 * overview, an institution's figures per year and per forum, its actions and its reports. The same
 * service and rules as {@code /overview} and {@code /i/{slug}}: internal reports only for the
 * institution's own leads (and admins).
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Track record")
public class TrackRecordResource {

    private static final int PAGE_MAX = 100;

    @Inject
    private TrackRecordService records;

    @Inject
    private ReportService reports;

    @GET
    @Path("overview")
    @Operation(summary = "All forums with a public follow-up: the headline figures, per institution type, and the first page of"
            + " forums; filters year (2024), organiser (an institution's slug) and type (GOVERNMENT, ...)")
    public OverviewJson overview(@QueryParam("year") String year, @QueryParam("organiser") String organiser,
                                 @QueryParam("type") String type, @QueryParam("first") @DefaultValue("0") int first,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        checkPage(first, size);
        TrackRecordService.Filter filter = OverviewParams.filter(year, organiser, type, records.choices());
        TrackRecordService.TypeFigures types = records.byType(filter);
        return new OverviewJson(FiguresJson.of(types.total()),
                types.byType().stream().map(t -> new TypeJson(t.type().name(), t.institutions(), FiguresJson.of(t.figures()))).toList(),
                page(records.forums(filter, first, size).stream().map(ForumJson::of).toList(), records.countForums(filter), first, size));
    }

    @GET
    @Path("institutions")
    @Operation(summary = "The institutions with actions in a public follow-up, by name, each with its own actions' figures;"
            + " the overview's filters apply")
    public Page<InstitutionJson> institutions(@QueryParam("year") String year, @QueryParam("organiser") String organiser,
                                              @QueryParam("type") String type, @QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("size") @DefaultValue("20") int size) {
        checkPage(first, size);
        TrackRecordService.Filter filter = OverviewParams.filter(year, organiser, type, records.choices());
        return page(records.institutions(filter, first, size).stream()
                .map(i -> new InstitutionJson(i.slug(), i.name(), i.type().name(), FiguresJson.of(i.figures()))).toList(),
                records.countInstitutions(filter), first, size);
    }

    @GET
    @Path("institutions/{slug}")
    @Operation(summary = "One institution with its offices: figures in total, per forum year and per forum")
    public ProfileJson institution(@PathParam("slug") String slug) {
        TrackRecordService.Profile p = records.profile(slug);
        return new ProfileJson(p.slug(), p.name(), p.shortName(), p.type().name(), p.parent() == null ? null : p.parent().slug(),
                p.offices().stream().map(TrackRecordService.Link::slug).toList(), FiguresJson.of(p.total()),
                p.byYear().stream().map(y -> new YearJson((int) y.id(), FiguresJson.of(y))).toList(),
                p.forums().stream().map(ForumJson::of).toList());
    }

    @GET
    @Path("institutions/{slug}/actions")
    @Operation(summary = "The institution's actions (and its offices') across forums, newest forum first; a carried-over action"
            + " names where it continues, a closed one its reason")
    public Page<ActionResource.ActionJson> actions(@PathParam("slug") String slug, @QueryParam("year") String year,
                                                   @QueryParam("first") @DefaultValue("0") int first,
                                                   @QueryParam("size") @DefaultValue("20") int size) {
        checkPage(first, size);
        long id = records.institutionId(slug);
        Integer y = TrackRecordService.year(year);
        // what needs review stays with those who review and report; everyone sees the accepted figures
        boolean internal = reports.seesInstitutionInternals(id);
        return page(records.actionsOf(id, y, first, size).stream().map(a -> ActionResource.ActionJson.of(a, internal)).toList(),
                records.countActionsOf(id, y), first, size);
    }

    @GET
    @Path("institutions/{slug}/reports")
    @Operation(summary = "The institution's progress reports across forums, newest first: accepted public ones for everyone,"
            + " all of them for its own leads")
    public Page<InstitutionReportJson> reports(@PathParam("slug") String slug, @QueryParam("first") @DefaultValue("0") int first,
                                               @QueryParam("size") @DefaultValue("20") int size) {
        checkPage(first, size);
        long id = records.institutionId(slug);
        return page(reports.ofInstitution(id, first, size).stream().map(r -> new InstitutionReportJson(r.actionLink(),
                        r.actionTitle(), r.forumTitle(), ActionResource.ReportJson.of(r.report()))).toList(),
                reports.countOfInstitution(id), first, size);
    }

    private static <T> Page<T> page(List<T> items, long total, int first, int size) {
        return new Page<>(items, total, first / size, size);
    }

    private static void checkPage(int first, int size) {
        if (first < 0 || size < 1 || size > PAGE_MAX) {
            throw new BusinessException("api.badPage", PAGE_MAX);
        }
    }

    public record FiguresJson(long actions, long planned, long inProgress, long done, long blocked, long cancelled,
                              long carriedOver, long overdue, double completion) {
        static FiguresJson of(Figures f) {
            return new FiguresJson(f.actions(), f.planned(), f.inProgress(), f.done(), f.blocked(), f.cancelled(),
                    f.carriedOver(), f.overdue(), Math.round(f.completion() * 10) / 10.0);
        }
    }

    public record ForumJson(String slug, String title, int year, String organiser, String phase, long adoptedRecommendations,
                            FiguresJson figures) {
        static ForumJson of(TrackRecordService.ForumFigures f) {
            return new ForumJson(f.slug(), f.title(), f.year(), f.organiser(), f.phase().name(), f.adopted(), FiguresJson.of(f.figures()));
        }
    }

    public record TypeJson(String type, long institutions, FiguresJson figures) {
    }

    public record OverviewJson(FiguresJson total, List<TypeJson> byType, Page<ForumJson> forums) {
    }

    public record InstitutionJson(String slug, String name, String type, FiguresJson figures) {
    }

    public record YearJson(int year, FiguresJson figures) {
    }

    public record ProfileJson(String slug, String name, String shortName, String type, String parent, List<String> offices,
                              FiguresJson total, List<YearJson> byYear, List<ForumJson> forums) {
    }

    public record InstitutionReportJson(String action, String actionTitle, String forum, ActionResource.ReportJson report) {
    }
}
