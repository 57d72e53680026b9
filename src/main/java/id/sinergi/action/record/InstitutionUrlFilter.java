package id.sinergi.action.record;

import id.sinergi.platform.Slugs;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /i/{slug}}: an institution's page, short enough to share ({@code /institution/view.xhtml}). */
@WebFilter("/i/*")
public class InstitutionUrlFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length() + "/i".length());
        String[] parts = path.split("/");
        if (parts.length != 2 || !Slugs.isValid(parts[1])) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        request.getRequestDispatcher("/institution/view.xhtml?slug=" + parts[1]).forward(request, response);
    }
}
