package id.sinergi.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Jakarta REST under {@code /api/v1}; MicroProfile OpenAPI describes it at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Sinergi API", version = "1",
        description = "Forums, ideas, recommendations and follow-up actions. Errors are JSON: {\"message\": \"...\"}. "
                + "Authenticate with HTTP Basic (e-mail and password); send Accept-Language: en for English messages."))
public class ApiApplication extends Application {
}
