package id.sinergi.recommendation.publication;

import id.sinergi.platform.Formats;
import id.sinergi.platform.Messages;
import io.nayuki.qrcodegen.QrCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The PDF of one published version: A4, an embedded Unicode font (Liberation Sans, shipped with
 * PDFBox), wrapped paragraphs, results with a bar, "Halaman x dari y" on every page, and a QR
 * code linking to the version's page.
 */
public final class PublicationPdf {

    private static final float MARGIN = 56;
    private static final float FOOTER = 36;
    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color ACCENT = new Color(0x0f, 0x5f, 0x8c);
    private static final Color AGREE = new Color(0x16, 0x80, 0x3d);
    private static final Color DISAGREE = new Color(0xb9, 0x1c, 0x1c);
    private static final Color ABSTAIN = new Color(0x9c, 0xa3, 0xaf);

    private final PDDocument pdf;
    private final PDType0Font font;
    private final Locale locale;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    private PublicationPdf(PDDocument pdf, PDType0Font font, Locale locale) {
        this.pdf = pdf;
        this.font = font;
        this.locale = locale;
    }

    /** Renders {@code publication} with labels in {@code locale}; {@code pageUrl} goes into the QR code. */
    public static byte[] render(Publication publication, Locale locale, String pageUrl) {
        try (PDDocument pdf = new PDDocument();
             InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(pdf, Objects.requireNonNull(ttf, "PDFBox ships Liberation Sans"));
            PublicationPdf writer = new PublicationPdf(pdf, font, locale);
            writer.write(publication, pageUrl);
            writer.out.close();
            writer.footers(publication);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(publication.document().forumTitle() + " — " + writer.text("publication.title") + " v" + publication.version());
            info.setSubject(writer.text("publication.title"));
            info.setCreator("Sinergi");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        }
    }

    private void write(Publication publication, String pageUrl) throws IOException {
        PublishedDocument d = publication.document();
        newPage();
        qr(pageUrl);
        line(text("publication.title").toUpperCase(locale), 10, ACCENT, true, 0, WIDTH - 100);
        y -= 4;
        paragraph(d.forumTitle(), 18, INK, true, 0, WIDTH - 100, 22);
        y -= 2;
        paragraph(text("publication.versionLine", publication.version(),
                Formats.dateTime(publication.publishedAt(), locale), publication.publishedBy()), 9.5f, MUTED, false, 0, WIDTH - 100, 13);
        paragraph(text("publication.changeNote") + ": " + publication.changeNote(), 9.5f, MUTED, false, 0, WIDTH - 100, 13);
        y = Math.min(y, A4.getHeight() - MARGIN - 100) - 10;
        rule();

        List<String> facts = new ArrayList<>();
        if (d.startsAt() != null) {
            facts.add(text("publication.held") + ": " + Formats.dateTime(d.startsAt(), locale));
        }
        if (d.venue() != null) {
            facts.add(text("publication.venue") + ": " + d.venue());
        }
        if (d.organiser() != null) {
            facts.add(text("forum.organiser") + ": " + d.organiser());
        }
        for (String fact : facts) {
            paragraph(fact, 10, INK, false, 0, WIDTH, 14);
        }
        if (d.description() != null) {
            y -= 4;
            paragraph(d.description(), 10, INK, false, 0, WIDTH, 14);
        }
        y -= 6;
        paragraph(text("publication.voteSummary", Formats.dateTime(d.votingClosedAt(), locale), d.eligibleVoters(),
                d.quorumPercent(), d.thresholdPercent(), d.recommendations().size(), d.votedOn()), 10, INK, false, 0, WIDTH, 14);
        y -= 8;

        String theme = null;
        for (PublishedDocument.Item item : d.recommendations()) {
            String itemTheme = item.theme() == null ? text("recommendation.noTheme") : item.theme();
            if (!itemTheme.equals(theme)) {
                theme = itemTheme;
                need(60);
                y -= 8;
                line(theme, 12.5f, ACCENT, true, 0, WIDTH);
                y -= 2;
            }
            need(70);
            paragraph(item.number() + ".  " + item.title(), 11.5f, INK, true, 0, WIDTH, 15);
            y -= 2;
            paragraph(item.body(), 10, INK, false, 18, WIDTH - 18, 14);
            y -= 2;
            need(30);
            paragraph(text("publication.resultLine", item.agree(), item.disagree(), item.abstain(),
                    percent(item.tally().agreePercent())), 9.5f, INK, false, 18, WIDTH - 18, 13);
            bar(item, 18, WIDTH - 18);
            if (!item.groups().isEmpty()) {
                StringBuilder groups = new StringBuilder(text("publication.byType")).append(": ");
                for (int i = 0; i < item.groups().size(); i++) {
                    PublishedDocument.Group g = item.groups().get(i);
                    groups.append(i == 0 ? "" : "; ").append(text("institutionType." + g.key())).append(' ')
                            .append(g.agree()).append('/').append(g.disagree()).append('/').append(g.abstain());
                }
                paragraph(groups.toString(), 8.5f, MUTED, false, 18, WIDTH - 18, 12);
            }
            y -= 8;
        }
        if (d.recommendations().isEmpty()) {
            paragraph(text("publication.noneAdopted"), 10, INK, false, 0, WIDTH, 14);
        }

        need(50);
        y -= 6;
        line(text("publication.institutions"), 12.5f, ACCENT, true, 0, WIDTH);
        y -= 2;
        for (String institution : d.institutions()) {
            paragraph("•  " + institution, 10, INK, false, 6, WIDTH - 6, 14);
        }
        y -= 10;
        paragraph(text("publication.fingerprint") + ": " + publication.sha256(), 7.5f, MUTED, false, 0, WIDTH, 10);
        paragraph(pageUrl, 7.5f, MUTED, false, 0, WIDTH, 10);
    }

    // ---------------------------------------------------------------- layout

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = A4.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    /** Wrapped text; blank lines in {@code text} separate paragraphs. */
    private void paragraph(String text, float size, Color color, boolean bold, float indent, float width, float leading)
            throws IOException {
        for (String para : printableText(text).split("\\R")) {
            List<String> lines = wrap(para, size, width);
            for (String l : lines) {
                need(leading);
                show(l, size, color, bold, MARGIN + indent, y - size);
                y -= leading;
            }
        }
    }

    private void line(String text, float size, Color color, boolean bold, float indent, float width) throws IOException {
        paragraph(text, size, color, bold, indent, width, size * 1.35f);
    }

    private void show(String text, float size, Color color, boolean bold, float x, float baseline) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        if (bold) {
            // one regular face ships with PDFBox: stroke the outline for a bold weight
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setStrokingColor(color);
            out.setLineWidth(size / 28);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, baseline);
        out.showText(text);
        out.endText();
    }

    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(candidate, size) <= width || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
                while (width(current.toString(), size) > width && current.length() > 1) {
                    // a word longer than the line (a link): break it
                    int cut = current.length() - 1;
                    while (cut > 1 && width(current.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(current.substring(0, cut));
                    current.delete(0, cut);
                }
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Replaces what the font cannot draw (emoji, rare scripts) instead of failing the whole PDF. */
    private String printableText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r') {
                clean.appendCodePoint(cp);
                return;
            }
            boolean ok = printable.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return !Character.isISOControl(c);
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            clean.appendCodePoint(ok ? cp : '?');
        });
        return clean.toString();
    }

    private void rule() throws IOException {
        out.setStrokingColor(new Color(0xe5, 0xe7, 0xeb));
        out.setLineWidth(0.8f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
        y -= 14;
    }

    private void bar(PublishedDocument.Item item, float indent, float width) throws IOException {
        int voters = item.tally().voters();
        if (voters == 0) {
            return;
        }
        need(12);
        float x = MARGIN + indent;
        float height = 6;
        float top = y - 2;
        float[] parts = {item.agree(), item.disagree(), item.abstain()};
        Color[] colors = {AGREE, DISAGREE, ABSTAIN};
        for (int i = 0; i < 3; i++) {
            float w = width * parts[i] / voters;
            if (w > 0) {
                out.setNonStrokingColor(colors[i]);
                out.addRect(x, top - height, w, height);
                out.fill();
                x += w;
            }
        }
        y -= height + 8;
    }

    private void qr(String url) throws IOException {
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        float size = 84;
        float module = size / qr.size;
        float left = MARGIN + WIDTH - size;
        float top = A4.getHeight() - MARGIN;
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < qr.size; row++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, row)) {
                    out.addRect(left + col * module, top - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
        show(text("publication.scan"), 7, MUTED, false, left, top - size - 9);
    }

    private void footers(Publication publication) throws IOException {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                String left = printableText("Sinergi · " + publication.document().forumTitle() + " · v" + publication.version());
                if (width(left, 8) > WIDTH - 110) {
                    left = left.substring(0, Math.min(left.length(), 70)) + "…";
                }
                show(left, 8, MUTED, false, MARGIN, MARGIN - 6);
                String number = text("publication.pageOf", i + 1, total);
                show(number, 8, MUTED, false, MARGIN + WIDTH - width(number, 8), MARGIN - 6);
            }
        }
    }

    private String percent(double value) {
        return Formats.percent(value, locale);
    }

    private String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }
}
