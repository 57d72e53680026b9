package id.sinergi.recommendation.publication;

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

/**
 * {@code /f/{slug}/recommendations/v{n}.pdf} (forwarded here by the forum URL filter): the PDF of
 * one published version, in the reader's language. A version never changes, so it may be cached.
 */
@WebServlet("/publication.pdf")
public class PublicationPdfServlet extends HttpServlet {

    @Inject
    private PublicationService publications;

    @Inject
    private UserLanguage language;

    @Inject
    private PublicUrl publicUrl;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String slug = request.getParameter("slug");
        String version = request.getParameter("version");
        if (slug == null || !Slugs.isValid(slug) || version == null || !version.matches("\\d{1,6}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Publication publication;
        try {
            publication = publications.version(slug, Integer.parseInt(version));
        } catch (BusinessException notFound) {
            response.sendError(notFound.httpStatus());
            return;
        }
        byte[] pdf = PublicationPdf.render(publication, language.getLocale(),
                publicUrl.to("/f/" + slug + "/recommendations/v" + publication.version()));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"rekomendasi-" + slug + "-v" + publication.version() + ".pdf\"");
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setHeader("Vary", "Cookie");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
