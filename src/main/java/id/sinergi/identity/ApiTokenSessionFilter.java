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
 * An API call with a token is complete in itself: the session the authentication mechanism
 * registers for every login is dropped at the end of the call, so systems calling without cookies
 * leave no sessions behind and a token's identity never outlives the call.
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
            if (principal != null && principal.getName().startsWith(ApiTokenService.PRINCIPAL_PREFIX)) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
            }
        }
    }
}
