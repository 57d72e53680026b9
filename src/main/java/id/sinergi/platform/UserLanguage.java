package id.sinergi.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.RequestDispatcher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

/**
 * The user's language: Indonesian by default, switchable on every page and remembered in a
 * cookie for a year (and on the account, by the identity component, when logged in).
 */
@Named("language")
@RequestScoped
public class UserLanguage {

    public static final String COOKIE = "sinergi_lang";

    @Inject
    private HttpServletRequest request;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            locale = Messages.supportedOrDefault(cookieValue());
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** A path given in a link ({@code ?back=}) if it stays in the application, else {@code null}. */
    public String localPath(String path) {
        return Navigation.localPath(path);
    }

    /**
     * The path of the page as the user sees it (without the context path), to come back to after
     * switching language; for a forwarded clean URL such as {@code /f/slug}, the original one.
     */
    public String getCurrentPath() {
        Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        Object forwardedQuery = request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        String uri = forwarded != null ? forwarded.toString() : request.getRequestURI();
        String query = forwarded != null ? (String) forwardedQuery : request.getQueryString();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return query == null ? path : path + "?" + query;
    }

    /** Sets the language cookie on a response (used by the switch and at login). */
    public static void remember(HttpServletRequest request, HttpServletResponse response, Locale chosen) {
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private String cookieValue() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
