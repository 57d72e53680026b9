package id.sinergi.identity;

import id.sinergi.platform.Navigation;

import id.sinergi.platform.Caller;
import id.sinergi.platform.UserLanguage;
import id.sinergi.platform.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/**
 * {@code /language?to=en&back=/page}: switches the language, remembers it in a cookie and on the
 * account of a logged-in user, and returns to the page (only paths of this site).
 */
@WebServlet("/language")
public class LanguageServlet extends HttpServlet {

    @Inject
    private Caller caller;

    @Inject
    private UserService users;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale chosen = Messages.supportedOrDefault(request.getParameter("to"));
        UserLanguage.remember(request, response, chosen);
        if (caller.isAuthenticated()) {
            users.changeLanguage(caller.userId(), chosen);
        }
        String back = request.getParameter("back");
        String local = Navigation.localPath(back);
        response.sendRedirect(request.getContextPath() + (local != null ? local : "/"));
    }
}
