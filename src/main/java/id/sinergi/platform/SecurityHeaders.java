package id.sinergi.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * One header policy for every response of the application (pages, Ajax, resources, the API, error
 * pages, downloads): no framing by other sites, no MIME sniffing, no full URL in the referrer to
 * other sites, no camera, microphone or location for any page, and HSTS when the request came over
 * HTTPS (directly, or at a TLS proxy on this machine).
 */
// FORWARD too: the clean forum URLs are forwarded by a filter that may run before this one
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    /** Which sites may frame the pages, and what a page may never load. Scripts come next (nonces). */
    static final String CSP = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (ClientAddress.viaHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
