package id.sinergi.action.report;

import id.sinergi.platform.BusinessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * {@code /evidence/{id}}: an evidence file, to those who may see it, always as a download with the
 * type found in its bytes (never rendered in the page's origin).
 */
@WebServlet("/evidence/*")
public class EvidenceServlet extends HttpServlet {

    @Inject
    private ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportService.Download download;
        try {
            download = reports.download(Long.valueOf(id));
        } catch (BusinessException refused) {
            response.sendError(refused.httpStatus());
            return;
        }
        String ascii = download.name().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setContentType(download.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(download.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try {
            response.setContentLengthLong(Files.size(download.path()));
            Files.copy(download.path(), response.getOutputStream());
        } catch (NoSuchFileException lost) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
