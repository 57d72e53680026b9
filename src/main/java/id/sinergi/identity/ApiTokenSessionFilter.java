package id.sinergi.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.security.Principal;

/**
 * An API call with a token or HTTP Basic credentials is complete in itself: the session the
 * authentication mechanism registers for every login is dropped at the end of the call, so
 * systems calling without cookies leave no sessions behind and the identity never outlives the call.
 */
@WebFilter("/api/*")
public class ApiTokenSessionFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            Principal principal = request.getUserPrincipal();
            HttpSession session = request.getSession(false);
            boolean token = principal != null && principal.getName().startsWith(ApiTokenService.PRINCIPAL_PREFIX);
            // a session made by this very call's credentials; one the caller came with stays
            boolean basic = request.getHeader("Authorization") != null && session != null && session.isNew();
            if (session != null && (token || basic)) {
                session.invalidate();
            }
        }
    }
}
