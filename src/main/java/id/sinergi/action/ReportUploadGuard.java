package id.sinergi.action;

import id.sinergi.platform.ApiError;
import id.sinergi.platform.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/actions/{id}/reports}: whether the caller may report on the action is asked
 * before the multipart body is read, so files sent by someone who may not report are never read
 * (the refusal is audited as the service's would be).
 */
@WebFilter("/api/v1/actions/*")
public class ReportUploadGuard extends HttpFilter {

    private static final Pattern REPORTS = Pattern.compile("/api/v1/actions/(\\d{1,18})/reports/?");

    @Inject
    private ActionService actions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Matcher m = REPORTS.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if ("POST".equals(request.getMethod()) && m.matches() && request.getUserPrincipal() != null) {
            try {
                actions.getForReporting(Long.valueOf(m.group(1)), "report.submit");
            } catch (BusinessException refused) {
                response.setHeader("Connection", "close");
                ApiError.send(request, response, refused.httpStatus(), refused.messageKey());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
