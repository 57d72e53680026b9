package id.sinergi.action.record;

import id.sinergi.platform.BusinessException;
import id.sinergi.platform.UserLanguage;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;

/** {@code /overview.csv} and {@code /overview.xlsx}: the overview with the page's filters, in the reader's language. */
@WebServlet({"/overview.csv", "/overview.xlsx"})
public class OverviewExportServlet extends HttpServlet {

    @Inject
    private TrackRecordService records;

    @Inject
    private UserLanguage language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        TrackRecordService.Filter filter;
        try {
            filter = OverviewParams.filter(request.getParameter("year"), request.getParameter("organiser"),
                    request.getParameter("type"), records.choices());
        } catch (BusinessException bad) {
            response.setStatus(bad.httpStatus());
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().println(bad.localizedMessage(locale));
            return;
        }
        boolean csv = request.getServletPath().endsWith(".csv");
        response.setHeader("Content-Disposition", "attachment; filename=\"ikhtisar-sinergi." + (csv ? "csv" : "xlsx") + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        if (csv) {
            response.setContentType("text/csv;charset=UTF-8");
            OverviewExport.csv(records, filter, locale, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            OverviewExport.xlsx(records, filter, locale, response.getOutputStream());
        }
    }
}
