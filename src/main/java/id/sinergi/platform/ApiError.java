package id.sinergi.platform;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The body of every API error: a readable message, never a stack trace. */
public record ApiError(int status, String message) {

    /**
     * Answers a request with this error before any resource runs (filters, the authentication
     * mechanism), in the language the request asks for (Indonesian when it asks for none).
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
            throws IOException {
        String language = request.getHeader("Accept-Language");
        Locale locale = Messages.supportedOrDefault(language == null ? null : language.split("[,;]")[0].strip());
        byte[] body = Json.createObjectBuilder().add("status", status).add("message", Messages.format(locale, messageKey))
                .build().toString().getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
