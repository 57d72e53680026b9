package id.sinergi.identity;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.Principal;

/**
 * A safety net behind {@link SinergiAuthenticationMechanism}, which registers no session for a token or
 * HTTP Basic call: should anything in such a call still open one, it is dropped when the request ends,
 * so systems calling without cookies leave no sessions behind. A request listener, not a filter: a
 * filter that answers early (a refused upload, a cross-site call) would otherwise skip it.
 */
@WebListener
public class ApiSessionCleanup implements ServletRequestListener {

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        if (!(event.getServletRequest() instanceof HttpServletRequest request)
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        Principal principal = request.getUserPrincipal();
        boolean token = principal != null && principal.getName().startsWith(ApiTokenService.PRINCIPAL_PREFIX);
        // a session made by this very call's credentials; one the caller came with stays
        boolean credentials = request.getHeader("Authorization") != null && session.isNew();
        if (token || credentials) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // someone ended it first: nothing left to drop
            }
        }
    }
}
