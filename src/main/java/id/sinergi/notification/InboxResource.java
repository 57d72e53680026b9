package id.sinergi.notification;

import id.sinergi.platform.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's inbox at a glance: what the badge beside the bell shows. */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped
@Tag(name = "Inbox")
public class InboxResource {

    @Inject
    private NotificationService notifications;

    @Inject
    private Caller caller;

    @GET
    @Operation(summary = "How many of the caller's notifications are unread")
    public Inbox inbox() {
        if (!caller.isAuthenticated()) {
            throw new WebApplicationException(401);
        }
        return new Inbox(notifications.unreadCount());
    }

    public record Inbox(long unread) {
    }
}
