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

/** Clean, shareable forum URLs: {@code /f/{slug}} shows {@code /forum/view.xhtml?slug={slug}}. */
@WebFilter("/f/*")
public class ForumUrlFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getPathInfo() != null ? request.getPathInfo()
                : request.getRequestURI().substring(request.getContextPath().length() + "/f".length());
        String[] parts = path.split("/");
        if (parts.length != 2 || !Slugs.isValid(parts[1])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/forum/view.xhtml?slug=" + URLEncoder.encode(parts[1], StandardCharsets.UTF_8))
                .forward(request, response);
    }
}
