package id.sinergi.action;

import id.sinergi.action.report.EvidenceUpload;
import id.sinergi.action.report.ReportForm;
import id.sinergi.action.report.ReportService;
import id.sinergi.action.report.ReportView;
import id.sinergi.action.report.ReportVisibility;
import id.sinergi.platform.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Follow-up actions through the API, for institutions' own systems: authenticate with an API token
 * ({@code Authorization: Bearer snrg_…}) issued for the institution, or as a user. The same
 * services and checks as the pages.
 */
@Path("actions")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Actions")
public class ActionResource {

    private static final int PAGE_MAX = 100;

    @Inject
    private ActionService actions;

    @Inject
    private ReportService reports;

    @GET
    @Operation(summary = "An institution's actions (and its offices'), what needs attention first; filter OPEN, OVERDUE, DONE or ALL")
    public Page<ActionJson> institutionActions(@QueryParam("institution") Long institutionId,
                                               @QueryParam("filter") @DefaultValue("ALL") String filter,
                                               @QueryParam("first") @DefaultValue("0") int first,
                                               @QueryParam("size") @DefaultValue("20") int size) {
        if (institutionId == null) {
            throw new BusinessException("api.institutionRequired");
        }
        ActionService.Mine mine = parse(ActionService.Mine.class, filter, "api.badFilter");
        checkPage(first, size);
        return new Page<>(actions.countOfInstitution(institutionId, mine),
                actions.ofInstitution(institutionId, mine, first, size).stream().map(ActionJson::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One action with the reports the caller may see (accepted public ones for everyone)")
    public ActionDetailJson action(@PathParam("id") long id) {
        ActionView action = actions.get(id);
        return new ActionDetailJson(ActionJson.of(action, actions.access(action).internal()),
                reports.reports(id, 0, PAGE_MAX).stream().map(ReportJson::of).toList());
    }

    @POST
    @Path("{id}/reports")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Report progress: multipart fields status, progress, note, visibility (PUBLIC or INTERNAL),"
            + " links (one per line) and up to 5 files named 'file'")
    public Response report(@PathParam("id") long id, List<EntityPart> parts) {
        ReportForm form = new ReportForm();
        form.setProgress(null);
        form.setVisibility(ReportVisibility.PUBLIC);
        List<EvidenceUpload> files = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            switch (part.getName()) {
                case "status" -> form.setStatus(parse(ActionStatus.class, text(part), "api.badStatus"));
                case "progress" -> form.setProgress(parseProgress(text(part)));
                case "note" -> form.setNote(text(part));
                case "visibility" -> form.setVisibility(parse(ReportVisibility.class, text(part), "api.badVisibility"));
                case "links" -> form.setLinks(text(part));
                case "file" -> files.add(EvidenceUpload.read(part.getFileName().orElse(""), part.getContent()));
                default -> throw new BusinessException("api.unknownField", part.getName());
            }
        }
        if (files.size() > EvidenceUpload.MAX_FILES) {
            throw new BusinessException("evidence.tooMany", EvidenceUpload.MAX_FILES);
        }
        long reportId = reports.submit(id, form, files);
        return Response.created(URI.create("/api/v1/actions/" + id)).entity(new CreatedJson(reportId, "PENDING")).build();
    }

    private static String text(EntityPart part) {
        try {
            return part.getContent(String.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Integer parseProgress(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BusinessException("report.progressRange");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String messageKey) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new BusinessException(messageKey, value);
        }
    }

    private static void checkPage(int first, int size) {
        if (first < 0 || size < 1 || size > PAGE_MAX) {
            throw new BusinessException("api.badPage", PAGE_MAX);
        }
    }

    public record Page<T>(long total, List<T> items) {
    }

    public record CreatedJson(long reportId, String reviewState) {
    }

    public record ActionJson(long id, String forum, long recommendationId, String recommendation, long institutionId,
                             String institution, String lead, String title, String description, LocalDate dueDate,
                             String status, int progress, boolean overdue, Integer pendingReports, String lastReview,
                             String closedReason, String carriedFrom, String carriedTo) {
        static ActionJson of(ActionView a) {
            return of(a, true);
        }

        /**
         * The review state (reports waiting, the last review) only for those who see internal reports.
         * A carry-over names the other action as its API path.
         */
        public static ActionJson of(ActionView a, boolean internal) {
            return new ActionJson(a.id(), a.forumSlug(), a.recommendationId(), a.recommendationTitle(), a.institutionId(),
                    a.institutionName(), a.leadName(), a.title(), a.description(), a.dueDate(), a.status().name(),
                    a.progress(), a.isOverdue(), internal ? a.pendingReports() : null, internal ? a.lastReview() : null,
                    a.closedReason(), a.carriedFrom() == null ? null : "/api/v1/actions/" + a.carriedFrom().actionId(),
                    a.carriedTo() == null ? null : "/api/v1/actions/" + a.carriedTo().actionId());
        }
    }

    public record EvidenceJson(String kind, String name, String url, long sizeBytes) {
    }

    public record ReportJson(long id, String status, int progress, String note, String visibility, String reviewState,
                             String reviewComment, Instant reportedAt, List<EvidenceJson> evidence) {
        public static ReportJson of(ReportView r) {
            return new ReportJson(r.id(), r.status().name(), r.progress(), r.note(), r.visibility().name(),
                    r.reviewState().name(), r.reviewComment(), r.reportedAt(), r.evidence().stream()
                    .map(e -> e.file() ? new EvidenceJson("FILE", e.name(), "/evidence/" + e.id(), e.sizeBytes())
                            : new EvidenceJson("LINK", null, e.url(), 0)).toList());
        }
    }

    public record ActionDetailJson(ActionJson action, List<ReportJson> reports) {
    }
}
