package id.sinergi.identity;

import id.sinergi.platform.RetriedOnConflict;
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

import java.util.List;

/** Claimed affiliations waiting for the caller's confirmation (leads, moderators, admins). */
@Path("affiliations")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Affiliations")
public class AffiliationResource {

    private static final int PAGE_MAX = 100;

    @Inject
    private AffiliationService affiliations;

    @GET
    @Operation(summary = "People claiming an institution the caller may vouch for, oldest first")
    public ClaimPage queue(@QueryParam("first") @DefaultValue("0") int first, @QueryParam("size") @DefaultValue("20") int size) {
        if (first < 0 || size < 1 || size > PAGE_MAX) {
            throw new BusinessException("api.badPage", PAGE_MAX);
        }
        return new ClaimPage(affiliations.count(), affiliations.queue(first, size));
    }

    @POST
    @Path("{userId}/confirm")
    @Operation(summary = "Confirm a person's claimed institution")
    @RetriedOnConflict
    public Decision confirm(@PathParam("userId") long userId) {
        affiliations.confirm(userId);
        return new Decision(userId, "CONFIRMED");
    }

    @POST
    @Path("{userId}/reject")
    @Operation(summary = "Decline a person's claim: they are left without an institution")
    @RetriedOnConflict
    public Decision reject(@PathParam("userId") long userId) {
        affiliations.reject(userId);
        return new Decision(userId, "REJECTED");
    }

    public record ClaimPage(long total, List<AffiliationService.Claim> items) {
    }

    public record Decision(long userId, String status) {
    }
}
