package id.sinergi.action.accountability;

import id.sinergi.action.ActionService;
import id.sinergi.action.ActionView;
import id.sinergi.platform.Messages;
import id.sinergi.platform.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The action matrix of a forum as a spreadsheet (XLSX) or CSV: one row per action, with its
 * recommendation, institution, lead, due date and accepted figures. Rows are read a recommendation
 * and a page at a time straight off an index (no sorting, no skipped rows) and written streaming,
 * so a forum with tens of thousands of actions needs little memory.
 */
public final class ActionExport {

    static final int PAGE = 1_000;
    static final String[] HEADERS = {"export.recommendationNo", "export.recommendation", "export.institution",
            "export.action", "export.lead", "export.dueDate", "export.status", "export.progress", "export.overdue",
            "export.lastReport"};

    private ActionExport() {
    }

    /**
     * A forum's actions: its recommendations in the document's order, and one recommendation's
     * actions after an id, as {@link ActionService#forRecommendation} reads them.
     */
    public interface Source {
        List<Figures> recommendations();

        List<ActionView> after(long recommendationId, long afterId, int limit);
    }

    public static void csv(Source source, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // a byte order mark: Excel then opens the UTF-8 file with its Indonesian names intact
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(headers(locale)).get())) {
            forEach(source, a -> {
                try {
                    // titles and names are typed by people: never a formula in the reader's spreadsheet
                    csv.printRecord(a.recommendationNumber(), SpreadsheetText.cell(a.recommendationTitle()),
                            SpreadsheetText.cell(a.institutionName()), SpreadsheetText.cell(a.title()),
                            SpreadsheetText.cell(a.leadName()), a.dueDate(), Messages.format(locale, a.status().messageKey()), a.progress(),
                            yesNo(locale, a.isOverdue()), id.sinergi.platform.Formats.sortable(a.lastReportedAt()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    public static void xlsx(Source source, Locale locale, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CreationHelper helper = book.getCreationHelper();
            CellStyle date = book.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            Row first = sheet.createRow(0);
            String[] titles = headers(locale);
            for (int c = 0; c < titles.length; c++) {
                first.createCell(c).setCellValue(titles[c]);
                first.getCell(c).setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int[] row = {1};
            forEach(source, a -> {
                Row r = sheet.createRow(row[0]++);
                r.createCell(0).setCellValue(a.recommendationNumber());
                r.createCell(1).setCellValue(a.recommendationTitle());
                r.createCell(2).setCellValue(a.institutionName());
                r.createCell(3).setCellValue(a.title());
                r.createCell(4).setCellValue(a.leadName() == null ? "" : a.leadName());
                r.createCell(5).setCellValue(a.dueDate());
                r.getCell(5).setCellStyle(date);
                r.createCell(6).setCellValue(Messages.format(locale, a.status().messageKey()));
                r.createCell(7).setCellValue(a.progress());
                r.createCell(8).setCellValue(yesNo(locale, a.isOverdue()));
                r.createCell(9).setCellValue(id.sinergi.platform.Formats.sortable(a.lastReportedAt()));
            });
            int[] widths = {8, 40, 40, 40, 24, 12, 16, 10, 10, 24};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            book.write(out);
        } finally {
            book.close();
        }
    }

    static void forEach(Source source, java.util.function.Consumer<ActionView> row) {
        for (Figures recommendation : source.recommendations()) {
            forEach(source, recommendation.id(), row);
        }
    }

    static void forEach(Source source, long recommendationId, java.util.function.Consumer<ActionView> row) {
        long after = 0;
        while (true) {
            List<ActionView> page = source.after(recommendationId, after, PAGE);
            page.forEach(row);
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    private static String[] headers(Locale locale) {
        String[] titles = new String[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            titles[i] = Messages.format(locale, HEADERS[i]);
        }
        return titles;
    }

    private static String yesNo(Locale locale, boolean value) {
        return Messages.format(locale, value ? "export.yes" : "export.no");
    }
}
