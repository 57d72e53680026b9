package id.sinergi.action.accountability;

import id.sinergi.action.ActionView;
import id.sinergi.forum.Forum;
import id.sinergi.platform.Slugs;
import id.sinergi.platform.AppClock;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.UserLanguage;
import id.sinergi.platform.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * {@code /f/{slug}/accountability.xlsx}, {@code .csv} and {@code .pdf} (forwarded here by the forum
 * URL filter): the public figures of a forum's follow-up as files, in the reader's language.
 */
@WebServlet("/accountability-export")
public class ExportServlet extends HttpServlet {

    @Inject
    private AccountabilityService accountability;

    @Inject
    private UserLanguage language;

    @Inject
    private AppClock clock;

    @Inject
    private PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("slug");
        String format = request.getParameter("format");
        if (slug == null || !Slugs.isValid(slug) || format == null || !format.matches("xlsx|csv|pdf")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Forum forum;
        try {
            forum = accountability.publicForum(slug);
        } catch (BusinessException notFound) {
            response.sendError(notFound.httpStatus());
            return;
        }
        Locale locale = language.getLocale();
        long forumId = forum.getId();
        List<Figures> recommendations = accountability.byRecommendation(forumId);
        ActionExport.Source source = new ActionExport.Source() {
            @Override
            public List<Figures> recommendations() {
                return recommendations;
            }

            @Override
            public List<ActionView> after(long recommendationId, long afterId, int limit) {
                return accountability.actionsAfter(forumId, recommendationId, afterId, limit);
            }
        };
        String file = "tindak-lanjut-" + slug + "." + format;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        switch (format) {
            case "csv" -> {
                response.setContentType("text/csv;charset=UTF-8");
                ActionExport.csv(source, locale, response.getOutputStream());
            }
            case "xlsx" -> {
                response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
                ActionExport.xlsx(source, locale, slug, response.getOutputStream());
            }
            default -> {
                byte[] pdf = StatusReportPdf.render(forum.getTitle(), accountability.total(forumId), source, locale,
                        publicUrl.to("/f/" + slug + "/accountability"), clock.now());
                response.setContentType("application/pdf");
                response.setHeader("Content-Disposition", "inline; filename=\"status-" + slug + ".pdf\"");
                response.setContentLength(pdf.length);
                response.getOutputStream().write(pdf);
            }
        }
    }
}
