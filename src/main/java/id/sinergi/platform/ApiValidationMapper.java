package id.sinergi.platform;

import jakarta.validation.ValidationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input through the API, as JSON. Needed beside {@link ApiExceptionMappers}: the REST
 * runtime brings its own mapper for validation errors, which would answer with HTML.
 */
@Provider
public class ApiValidationMapper implements ExceptionMapper<ValidationException> {

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.HttpHeaders headers;

    @Override
    public Response toResponse(ValidationException exception) {
        ApiExceptionMappers mappers = new ApiExceptionMappers();
        return mappers.toResponse(exception, headers);
    }
}
