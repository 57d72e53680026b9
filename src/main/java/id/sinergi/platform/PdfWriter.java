package id.sinergi.platform;

import io.nayuki.qrcodegen.QrCode;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
 * The small layout engine of Sinergi's PDFs: A4, an embedded Unicode font (Liberation Sans,
 * shipped with PDFBox), wrapped paragraphs that flow onto new pages, bars, a QR code, and
 * "Halaman x dari y" footers. Documents say what to write; this says where it goes.
 */
public final class PdfWriter implements AutoCloseable {

    public static final float MARGIN = 56;
    public static final PDRectangle A4 = PDRectangle.A4;
    public static final float WIDTH = A4.getWidth() - 2 * MARGIN;
    public static final Color INK = new Color(0x1f, 0x29, 0x37);
    public static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    public static final Color ACCENT = new Color(0x0f, 0x5f, 0x8c);
    public static final Color GOOD = new Color(0x16, 0x80, 0x3d);
    public static final Color BAD = new Color(0xb9, 0x1c, 0x1c);
    public static final Color NEUTRAL = new Color(0x9c, 0xa3, 0xaf);
    private static final float FOOTER = 36;

    private static final byte[] FONT = font();

    private final PDDocument pdf;
    private final TrueTypeFont trueType;
    private final PDType0Font font;
    private final Locale locale;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    private PdfWriter(PDDocument pdf, TrueTypeFont trueType, PDType0Font font, Locale locale) {
        this.pdf = pdf;
        this.trueType = trueType;
        this.font = font;
        this.locale = locale;
    }

    /** A new document with labels in {@code locale}; write pages, then {@link #finish}. */
    public static PdfWriter create(Locale locale) {
        PDDocument pdf = new PDDocument();
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FONT));
            // PDFBox would apply the font's ligatures (GSUB) on every line: slow (a regex per call), and
            // a ligature has no Unicode of its own, so "fi" would vanish from copied or searched text
            ttf.setEnableGsub(false);
            return new PdfWriter(pdf, ttf, PDType0Font.load(pdf, ttf, true), locale);
        } catch (IOException e) {
            closeQuietly(pdf);
            throw new UncheckedIOException("Cannot load the PDF font", e);
        }
    }

    private static byte[] font() {
        try (InputStream ttf = PDDocument.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            return Objects.requireNonNull(ttf, "PDFBox ships Liberation Sans").readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PDF font", e);
        }
    }

    /** Adds the footers (left text, page x of y), the document's title, and returns the bytes. */
    public byte[] finish(String footerLeft, String title, String subject) throws IOException {
        out.close();
        footers(footerLeft);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(subject);
        info.setCreator("Sinergi");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        pdf.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        closeQuietly(pdf);
        try {
            trueType.close();
        } catch (IOException ignored) {
            // read from memory
        }
    }

    public String text(String key, Object... args) {
        return Messages.format(locale, key, args);
    }

    public String percent(double value) {
        return Formats.percent(value, locale);
    }

    public Locale locale() {
        return locale;
    }

    public void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(A4);
        pdf.addPage(page);
        out = new PDPageContentStream(pdf, page);
        y = A4.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    public void need(float height) throws IOException {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    /** Moves down by {@code height}. */
    public void skip(float height) {
        y -= height;
    }

    /** Moves down to at least {@code height} below the top margin (below a QR code). */
    public void below(float height) {
        y = Math.min(y, A4.getHeight() - MARGIN - height);
    }

    /** Wrapped text; line breaks in {@code text} separate paragraphs. */
    public void paragraph(String text, float size, Color color, boolean bold, float indent, float width, float leading)
            throws IOException {
        for (String para : printableText(text).split("\\R")) {
            for (String l : wrap(para, size, width)) {
                need(leading);
                show(l, size, color, bold, MARGIN + indent, y - size);
                y -= leading;
            }
        }
    }

    public void line(String text, float size, Color color, boolean bold, float indent, float width) throws IOException {
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

    public void rule() throws IOException {
        out.setStrokingColor(new Color(0xe5, 0xe7, 0xeb));
        out.setLineWidth(0.8f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
        y -= 14;
    }

    /** A horizontal bar of {@code parts} of {@code total}, each in its colour; the rest stays empty. */
    public void bar(float[] parts, Color[] colors, float total, float indent, float width) throws IOException {
        if (total <= 0) {
            return;
        }
        need(12);
        float x = MARGIN + indent;
        float height = 6;
        float top = y - 2;
        out.setNonStrokingColor(new Color(0xf3, 0xf4, 0xf6));
        out.addRect(x, top - height, width, height);
        out.fill();
        for (int i = 0; i < parts.length; i++) {
            float w = width * parts[i] / total;
            if (w > 0) {
                out.setNonStrokingColor(colors[i]);
                out.addRect(x, top - height, w, height);
                out.fill();
                x += w;
            }
        }
        y -= height + 8;
    }

    /**
     * A card with a border at ({@code left}, {@code top}): a small heading, a bold title, a
     * subtitle of up to two lines, and a QR code of {@code qrText} with its caption on the right
     * (badges to print and cut).
     */
    public void card(float left, float top, float w, float h, String heading, String title, String subtitle,
                     String qrText, String qrCaption) throws IOException {
        out.setStrokingColor(NEUTRAL);
        out.setLineWidth(0.5f);
        out.addRect(left, top - h, w, h);
        out.stroke();
        float qrSize = Math.min(h - 34, w * 0.42f);
        float textWidth = w - qrSize - 30;
        float x = left + 12;
        show(clip(printableText(heading), 7, textWidth), 7, MUTED, false, x, top - 18);
        float baseline = top - 40;
        for (String l : wrap(printableText(title), 13, textWidth).stream().limit(2).toList()) {
            show(l, 13, INK, true, x, baseline);
            baseline -= 16;
        }
        if (subtitle != null) {
            for (String l : wrap(printableText(subtitle), 8, textWidth).stream().limit(3).toList()) {
                show(l, 8, INK, false, x, baseline - 2);
                baseline -= 11;
            }
        }
        QrCode qr = QrCode.encodeText(qrText, QrCode.Ecc.MEDIUM);
        float module = qrSize / qr.size;
        float qrLeft = left + w - qrSize - 12;
        float qrTop = top - 12;
        out.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < qr.size; row++) {
            for (int col = 0; col < qr.size; col++) {
                if (qr.getModule(col, row)) {
                    out.addRect(qrLeft + col * module, qrTop - (row + 1) * module, module, module);
                }
            }
        }
        out.fill();
        show(qrCaption, 9, INK, true, qrLeft + (qrSize - width(qrCaption, 9)) / 2, qrTop - qrSize - 12);
    }

    private String clip(String text, float size, float maxWidth) throws IOException {
        String t = text;
        while (t.length() > 1 && width(t, size) > maxWidth) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }

    /** A vector QR code in the top right corner of the page, with a caption under it. */
    public void qr(String url, String caption) throws IOException {
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
        show(caption, 7, MUTED, false, left, top - size - 9);
    }

    private void footers(String leftText) throws IOException {
        int total = pdf.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = pdf.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                out = footer;
                String left = printableText(leftText);
                if (width(left, 8) > WIDTH - 110) {
                    left = left.substring(0, Math.min(left.length(), 70)) + "…";
                }
                show(left, 8, MUTED, false, MARGIN, MARGIN - 6);
                String number = text("publication.pageOf", i + 1, total);
                show(number, 8, MUTED, false, MARGIN + WIDTH - width(number, 8), MARGIN - 6);
            }
        }
    }

    private static void closeQuietly(PDDocument pdf) {
        try {
            pdf.close();
        } catch (IOException ignored) {
            // nothing was written
        }
    }
}
