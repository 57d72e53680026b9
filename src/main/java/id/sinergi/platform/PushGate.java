package id.sinergi.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A push socket opened by another site's page is refused (403) before the handshake: the browser would
 * send the visitor's session cookie along, and a logged-in channel (the voting totals) would then tell
 * that site when the visitor's forum votes. Same rule as {@link ApiOriginCheck}: a browser's
 * {@code Origin} / {@code Sec-Fetch-Site} must say Sinergi's own origin; clients that send neither pass.
 */
@WebFilter("/push/*")
public class PushOriginCheck extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (ApiOriginCheck.crossSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
