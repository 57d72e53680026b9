package id.sinergi.platform;

import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Turns every failure of the API into JSON with a message in the caller's language. */
@Provider
public class ApiExceptionMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMappers.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        return toResponse(thrown, headers);
    }

    Response toResponse(Throwable thrown, HttpHeaders requestHeaders) {
        Throwable cause = unwrap(thrown);
        Locale locale = locale(requestHeaders);
        if (cause instanceof BusinessException business) {
            return json(business.httpStatus(), business.localizedMessage(locale));
        }
        if (cause instanceof ConstraintViolationException invalid) {
            String message = invalid.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            return json(400, message);
        }
        if (cause instanceof jakarta.validation.ValidationException) {
            return json(400, Messages.format(locale, "error.badRequest"));
        }
        if (cause instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            String key = switch (status) {
                case 401 -> "error.unauthenticated";
                case 403 -> "error.accessDenied";
                case 404 -> "error.notFound";
                case 405 -> "error.methodNotAllowed";
                case 406, 415 -> "error.mediaType";
                default -> status < 500 ? "error.badRequest" : "error.internal";
            };
            return json(status, Messages.format(locale, key));
        }
        if (DatabaseDown.isCause(cause)) {
            LOG.warning("Database unavailable: " + cause);
            return Response.fromResponse(json(503, Messages.format(locale, "error.databaseDown")))
                    .header("Retry-After", DatabaseDown.RETRY_AFTER).build();
        }
        LOG.log(Level.SEVERE, "Unexpected API failure", cause);
        return json(500, Messages.format(locale, "error.internal"));
    }

    private static Locale locale(HttpHeaders headers) {
        if (headers != null && !headers.getAcceptableLanguages().isEmpty()) {
            return Messages.supportedOrDefault(headers.getAcceptableLanguages().get(0).toLanguageTag());
        }
        return Messages.INDONESIAN;
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof EJBException || t.getClass().getName().equals("jakarta.ejb.TransactionRolledbackLocalException"))
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static Response json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(status, message)).build();
    }
}
