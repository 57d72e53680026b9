package id.sinergi.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Set;
import java.util.logging.Logger;

/**
 * No cross-site requests that change something through the API: a browser sends the session
 * cookie (and cached HTTP Basic credentials) along with a form or script of another site, so a
 * call that is not a read must come from Sinergi's own origin, as the browser's {@code Origin} and
 * {@code Sec-Fetch-Site} headers say. Scripts of institutions (a bearer token, no browser) and
 * clients that send neither header are not browsers on another site and pass.
 */
@WebFilter("/api/*")
public class ApiOriginCheck extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(ApiOriginCheck.class.getName());
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (READS.contains(request.getMethod()) || isBearer(request) || !crossSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        LOG.warning(() -> "Refused a cross-site " + request.getMethod() + " " + request.getRequestURI() + " from "
                + request.getHeader("Origin") + " (" + ClientAddress.of(request) + ")");
        ApiError.send(request, response, HttpServletResponse.SC_FORBIDDEN, "error.crossSite");
    }

    static boolean crossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.equalsIgnoreCase(ClientAddress.origin(request));
    }

    private static boolean isBearer(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
