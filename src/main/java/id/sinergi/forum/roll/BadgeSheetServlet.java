package id.sinergi.forum.roll;

import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumService;
import id.sinergi.platform.Slugs;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.UserLanguage;
import id.sinergi.platform.PublicUrl;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** {@code /f/{slug}/badges.pdf} (forwarded here by the forum URL filter): the roll's badges, for its moderators. */
@WebServlet("/roll-badges")
public class BadgeSheetServlet extends HttpServlet {

    @Inject
    private ForumService forums;

    @Inject
    private RollService roll;

    @Inject
    private UserLanguage language;

    @Inject
    private PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("slug");
        Forum forum = slug == null || !Slugs.isValid(slug) ? null : forums.findBySlug(slug).orElse(null);
        if (forum == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = BadgeSheet.render(forum.getTitle(), roll.badges(forum.getId()), language.getLocale(),
                    code -> publicUrl.to("/f/" + slug + "/check-in/" + code));
        } catch (BusinessException refused) {
            response.sendError(refused.httpStatus());
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"lencana-" + slug + ".pdf\"");
        // personal codes: never kept by a shared cache
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
