package id.sinergi.action.accountability;

import id.sinergi.action.ActionView;
import id.sinergi.platform.Formats;
import id.sinergi.platform.PdfWriter;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;

import static id.sinergi.platform.PdfWriter.*;

/**
 * The forum's status report: the final recommendations with their actions, each institution's
 * accepted status and progress, and the totals; with a QR code to the live accountability page.
 */
public final class StatusReportPdf {

    private static final Color[] STATUS_COLORS = {NEUTRAL, ACCENT, GOOD, BAD};

    private StatusReportPdf() {
    }

    public static byte[] render(String forumTitle, Figures total, ActionExport.Source actions, Locale locale, String pageUrl,
                                Instant now) {
        try (PdfWriter w = PdfWriter.create(locale)) {
            w.newPage();
            w.qr(pageUrl, w.text("publication.scan"));
            w.line(w.text("statusReport.title").toUpperCase(locale), 10, ACCENT, true, 0, WIDTH - 100);
            w.skip(4);
            w.paragraph(forumTitle, 18, INK, true, 0, WIDTH - 100, 22);
            w.paragraph(w.text("statusReport.asOf", Formats.dateTime(now, locale)), 9.5f, MUTED, false, 0, WIDTH - 100, 13);
            w.below(100);
            w.skip(10);
            w.rule();
            w.paragraph(summary(w, total), 10.5f, INK, false, 0, WIDTH, 15);
            bar(w, total, 0, WIDTH);
            w.paragraph(w.text("statusReport.acceptedOnly"), 8.5f, MUTED, false, 0, WIDTH, 12);
            w.skip(8);
            for (Figures recommendation : actions.recommendations()) {
                w.need(70);
                w.skip(6);
                w.paragraph(recommendation.label(), 12, ACCENT, true, 0, WIDTH, 16);
                w.paragraph(summary(w, recommendation), 9.5f, INK, false, 0, WIDTH, 13);
                bar(w, recommendation, 0, WIDTH);
                ActionExport.forEach(actions, recommendation.id(), a -> action(w, a, locale));
            }
            return w.finish("Sinergi · " + forumTitle + " · " + w.text("statusReport.title"),
                    forumTitle + " — " + w.text("statusReport.title"), w.text("statusReport.title"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        }
    }

    private static void action(PdfWriter w, ActionView a, Locale locale) {
        try {
            w.need(40);
            w.paragraph("•  " + a.institutionLabel() + " — " + a.title(), 10, INK, false, 8, WIDTH - 8, 13);
            w.paragraph(w.text("statusReport.actionLine", w.text(a.status().messageKey()), a.progress(),
                            Formats.day(a.dueDate(), locale)) + (a.isOverdue() ? " · " + w.text("action.overdue") : ""),
                    8.5f, a.isOverdue() ? BAD : MUTED, false, 20, WIDTH - 20, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String summary(PdfWriter w, Figures f) {
        return w.text("statusReport.summary", f.actions(), f.done(), f.inProgress(), f.planned(), f.blocked(),
                f.cancelled(), f.overdue(), w.percent(f.completion()));
    }

    private static void bar(PdfWriter w, Figures f, float indent, float width) throws IOException {
        w.bar(new float[]{f.planned(), f.inProgress(), f.done(), f.blocked()}, STATUS_COLORS,
                f.delivering(), indent, width);
    }
}
