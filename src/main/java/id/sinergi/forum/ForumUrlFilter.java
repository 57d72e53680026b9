package id.sinergi.forum;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Clean, shareable forum URLs: {@code /f/{slug}} (the forum), {@code /f/{slug}/ideas} (the board),
 * {@code /f/{slug}/ideas/{id}} (one idea), {@code /f/{slug}/live} (the projector) and
 * {@code /f/{slug}/moderation} show the views under {@code /forum/}.
 */
@WebFilter("/f/*")
public class ForumUrlFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo() != null ? request.getPathInfo()
                : request.getRequestURI().substring(request.getContextPath().length() + "/f".length());
        String[] parts = path.split("/");
        if (parts.length < 2 || !Slugs.isValid(parts[1])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String slug = "slug=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8);
        String target = switch (parts.length) {
            case 2 -> "/forum/view.xhtml?" + slug;
            case 3 -> switch (parts[2]) {
                case "ideas" -> "/forum/ideas.xhtml?" + slug;
                case "live" -> "/forum/live.xhtml?" + slug;
                case "moderation" -> "/forum/moderation.xhtml?" + slug;
                default -> null;
            };
            case 4 -> "ideas".equals(parts[2]) && parts[3].matches("\\d{1,18}")
                    ? "/forum/idea.xhtml?" + slug + "&id=" + parts[3] : null;
            default -> null;
        };
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(target).forward(request, response);
    }
}
