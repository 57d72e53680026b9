package id.sinergi.forum;

import id.sinergi.platform.Slugs;
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
 * {@code /f/{slug}/moderation}, {@code /f/{slug}/voting[/{id}]} (recommendations from draft to result) and
 * {@code /f/{slug}/recommendations[/v{n}[.pdf]]} (the published versions), {@code /f/{slug}/actions[/{id}]}
 * (follow-up actions), {@code /f/{slug}/accountability[.xlsx|.csv|.pdf]} (public figures and exports) and
 * {@code /f/{slug}/dashboard} and {@code /f/{slug}/carry-over} (moderators), {@code /f/{slug}/roll} (the voter roll), {@code /f/{slug}/badges.pdf} and
 * {@code /f/{slug}/check-in[/{code}]} (check-in at the venue) show the views under {@code /forum/}.
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
                case "voting" -> "/forum/voting.xhtml?" + slug;
                case "recommendations" -> "/forum/recommendations.xhtml?" + slug;
                case "actions" -> "/forum/actions.xhtml?" + slug;
                case "accountability" -> "/forum/accountability.xhtml?" + slug;
                case "dashboard" -> "/forum/dashboard.xhtml?" + slug;
                case "carry-over" -> "/forum/carry-over.xhtml?" + slug;
                case "roll" -> "/forum/roll.xhtml?" + slug;
                case "check-in" -> "/forum/check-in.xhtml?" + slug;
                case "badges.pdf" -> "/roll-badges?" + slug;
                case "accountability.xlsx" -> "/accountability-export?" + slug + "&format=xlsx";
                case "accountability.csv" -> "/accountability-export?" + slug + "&format=csv";
                case "accountability.pdf" -> "/accountability-export?" + slug + "&format=pdf";
                default -> null;
            };
            case 4 -> fourPartTarget(slug, parts[2], parts[3]);
            default -> null;
        };
        if (target == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher(target).forward(request, response);
    }

    private static String fourPartTarget(String slug, String section, String item) {
        return switch (section) {
            case "ideas" -> item.matches("\\d{1,18}") ? "/forum/idea.xhtml?" + slug + "&id=" + item : null;
            case "voting" -> item.matches("\\d{1,18}") ? "/forum/recommendation.xhtml?" + slug + "&id=" + item : null;
            case "actions" -> item.matches("\\d{1,18}") ? "/forum/action.xhtml?" + slug + "&id=" + item : null;
            case "check-in" -> item.matches("[A-Za-z0-9]{1,16}") ? "/forum/check-in.xhtml?" + slug + "&code=" + item : null;
            case "recommendations" -> {
                if (item.matches("v\\d{1,6}")) {
                    yield "/forum/recommendations.xhtml?" + slug + "&version=" + item.substring(1);
                }
                yield item.matches("v\\d{1,6}\\.pdf")
                        ? "/publication.pdf?" + slug + "&version=" + item.substring(1, item.length() - 4) : null;
            }
            default -> null;
        };
    }
}
