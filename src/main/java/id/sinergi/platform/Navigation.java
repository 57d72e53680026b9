package id.sinergi.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Redirects to a path of this site (after a POST, so a reload does not post again). */
public final class Navigation {

    private Navigation() {
    }

    /**
     * A request parameter of the page being opened. Page beans read their parameters here in their
     * view action, once, rather than through view parameters that Ajax postbacks would re-validate.
     */
    public static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    /** The page's {@code slug} parameter, or not found ({@code notFoundKey}) when it is missing or no slug. */
    public static String slug(String notFoundKey) {
        String slug = param("slug");
        if (slug == null || !Slugs.isValid(slug)) {
            throw new NotFoundException(notFoundKey);
        }
        return slug;
    }

    public static void redirect(String path) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** To the login page, and back to {@code path} (of this application) once logged in. */
    public static void toLogin(String path) {
        redirect("/login?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * {@code path} when it is a path of this application to send a browser to, {@code null}
     * otherwise: {@code //host} and {@code /\host} lead browsers to another site, control
     * characters would split headers.
     */
    public static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return null;
        }
        return path;
    }
}
