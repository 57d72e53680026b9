package id.sinergi.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.IOException;

/**
 * One header policy for every response of the application (pages, Ajax, resources, the API, error
 * pages, downloads): scripts only from Sinergi itself, no framing by other sites, no plugins, no
 * MIME sniffing, no full URL in the referrer to other sites, no camera, microphone or location for
 * any page, and HSTS when the request came over HTTPS (directly, or at a TLS proxy on this machine).
 *
 * <p>The policy is the one web.xml gives PrimeFaces ({@code primefaces.CSP_POLICY}). On a Faces page
 * PrimeFaces adds the same policy with the view's nonce ({@code script-src 'self' 'nonce-…'}), which
 * then replaces this one: a page never carries two script policies.
 */
// FORWARD too: the clean forum URLs are forwarded by a filter that may run before this one
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String CSP = "Content-Security-Policy";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
        if (policy == null || !policy.contains("script-src")) {
            throw new IllegalStateException("web.xml must set primefaces.CSP_POLICY with a script-src");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader(CSP, policy + ";");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (ClientAddress.viaHttps(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Lets the policy with the nonce, which PrimeFaces adds, replace the one set above. */
    private static final class OnePolicy extends HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
