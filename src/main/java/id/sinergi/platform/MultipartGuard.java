package id.sinergi.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * Uploads are answered before they are read: a multipart body (evidence files, CSV lists) only
 * from someone logged in (a session, a token or HTTP Basic, all checked before this filter), only
 * with its length declared, and never over {@value #MAX_REQUEST_BYTES} bytes. Whoever fails gets
 * their answer at once and the container never parses a byte of the parts.
 */
// FORWARD too: a page's clean URL may be forwarded by a filter that runs before this one
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class MultipartGuard extends HttpFilter {

    /** Five evidence files of 10 MB and the form fields around them. */
    public static final long MAX_REQUEST_BYTES = 52L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/");
        if (request.getUserPrincipal() == null) {
            refuse(request, response, api, HttpServletResponse.SC_UNAUTHORIZED, "error.unauthenticated");
        } else if (request.getContentLengthLong() < 0) {
            refuse(request, response, api, 411, "error.lengthRequired");
        } else if (request.getContentLengthLong() > MAX_REQUEST_BYTES) {
            refuse(request, response, api, 413, "error.tooLarge");
        } else {
            chain.doFilter(request, response);
        }
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status, String key)
            throws IOException {
        // the unread body is not worth keeping the connection for
        response.setHeader("Connection", "close");
        if (api) {
            ApiError.send(request, response, status, key);
        } else {
            response.sendError(status);
        }
    }
}
