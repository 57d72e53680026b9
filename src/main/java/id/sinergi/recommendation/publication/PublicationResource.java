package id.sinergi.recommendation.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The published versions of a forum's final recommendations: public, like the page. */
@Path("forums/{slug}/publications")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Publications")
public class PublicationResource {

    @Inject
    private PublicationService publications;

    @GET
    @Operation(summary = "The published versions, newest first")
    public List<Publication.Summary> versions(@PathParam("slug") String slug) {
        return publications.versions(slug);
    }

    @GET
    @Path("{version}")
    @Operation(summary = "One published version with its document")
    public Publication version(@PathParam("slug") String slug, @PathParam("version") int version) {
        return publications.version(slug, version);
    }
}
