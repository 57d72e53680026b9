package id.sinergi.action.record;

import id.sinergi.action.accountability.Figures;
import id.sinergi.platform.Messages;
import id.sinergi.platform.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The overview as files: CSV (one row per institution, for further work) and XLSX (three sheets:
 * forums, institution types, institutions). Lists are read a page at a time and written streaming.
 */
final class OverviewExport {

    static final int PAGE = 500;
    private static final String[] FIGURE_HEADERS = {"accountability.actions", "action.status.DONE", "action.status.IN_PROGRESS",
            "action.status.BLOCKED", "action.overdue", "accountability.completion"};

    private OverviewExport() {
    }

    static void csv(TrackRecordService records, TrackRecordService.Filter filter, Locale locale, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // a byte order mark: Excel then opens the UTF-8 file with its Indonesian names intact
        writer.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(headers(locale, "action.institution", "overview.type", "record.slug").toArray(String[]::new)).get())) {
            institutions(records, filter, i -> {
                List<Object> row = new ArrayList<>(List.of(SpreadsheetText.cell(i.name()),
                        Messages.format(locale, i.type().messageKey()), i.slug()));
                row.addAll(figures(i.figures()));
                try {
                    csv.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void xlsx(TrackRecordService records, TrackRecordService.Filter filter, Locale locale, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            CellStyle header = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet forums = sheet(book, header, Messages.format(locale, "overview.forums"),
                    headers(locale, "record.forum", "record.year", "overview.organiser", "overview.phase", "overview.adopted"));
            int[] n = {1};
            for (int first = 0; ; first += PAGE) {
                List<TrackRecordService.ForumFigures> page = records.forums(filter, first, PAGE);
                for (TrackRecordService.ForumFigures f : page) {
                    write(forums.createRow(n[0]++), List.of(f.title(), f.year(), f.organiser() == null ? "" : f.organiser(),
                            Messages.format(locale, f.phase().messageKey()), f.adopted()), f.figures());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            Sheet types = sheet(book, header, Messages.format(locale, "overview.byType"),
                    headers(locale, "overview.type", "overview.institutions"));
            int r = 1;
            for (TrackRecordService.TypeRow t : records.byType(filter).byType()) {
                write(types.createRow(r++), List.of(Messages.format(locale, t.type().messageKey()), t.institutions()), t.figures());
            }
            Sheet institutions = sheet(book, header, Messages.format(locale, "overview.byInstitution"),
                    headers(locale, "action.institution", "overview.type"));
            int[] i = {1};
            institutions(records, filter, row -> write(institutions.createRow(i[0]++),
                    List.of(row.name(), Messages.format(locale, row.type().messageKey())), row.figures()));
            book.write(out);
        }
    }

    private static void institutions(TrackRecordService records, TrackRecordService.Filter filter,
                                     Consumer<TrackRecordService.InstitutionFigures> row) {
        for (int first = 0; ; first += PAGE) {
            List<TrackRecordService.InstitutionFigures> page = records.institutions(filter, first, PAGE);
            page.forEach(row);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static Sheet sheet(SXSSFWorkbook book, CellStyle header, String name, List<String> titles) {
        Sheet sheet = book.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(name));
        Row first = sheet.createRow(0);
        for (int c = 0; c < titles.size(); c++) {
            first.createCell(c).setCellValue(titles.get(c));
            first.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, (c == 0 ? 48 : 14) * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Text cells stay text (POI never writes a formula from a string); numbers stay numbers. */
    private static void write(Row row, List<Object> leading, Figures figures) {
        List<Object> values = new ArrayList<>(leading);
        values.addAll(figures(figures));
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number number) {
                row.createCell(c).setCellValue(number.doubleValue());
            } else {
                row.createCell(c).setCellValue(String.valueOf(v));
            }
        }
    }

    private static List<Object> figures(Figures f) {
        return List.of(f.actions(), f.done(), f.inProgress(), f.blocked(), f.overdue(), Math.round(f.completion() * 10) / 10.0);
    }

    private static List<String> headers(Locale locale, String... leading) {
        List<String> titles = new ArrayList<>();
        for (String key : leading) {
            titles.add(Messages.format(locale, key));
        }
        for (String key : FIGURE_HEADERS) {
            titles.add(Messages.format(locale, key));
        }
        return titles;
    }
}
