package id.sinergi.forum.roll;

import id.sinergi.platform.PdfWriter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The printable sheet of personal badges: eight to an A4 page, to cut along the borders. Each
 * carries the person's name, institution and a QR code of their check-in link with the code
 * printed under it, so a helper can also type it.
 */
final class BadgeSheet {

    private static final int COLUMNS = 2;
    private static final int ROWS = 4;
    private static final float GAP = 10;
    private static final float HEIGHT = 160;

    private BadgeSheet() {
    }

    static byte[] render(String forumTitle, List<RollEntry> voters, Locale locale, Function<String, String> checkInUrl)
            throws IOException {
        try (PdfWriter pdf = PdfWriter.create(locale)) {
            pdf.newPage();
            if (voters.isEmpty()) {
                pdf.line(pdf.text("roll.badgesEmpty"), 11, PdfWriter.MUTED, false, 0, PdfWriter.WIDTH);
            }
            float width = (PdfWriter.WIDTH - GAP) / COLUMNS;
            float top = PdfWriter.A4.getHeight() - PdfWriter.MARGIN;
            for (int i = 0; i < voters.size(); i++) {
                int onPage = i % (COLUMNS * ROWS);
                if (i > 0 && onPage == 0) {
                    pdf.newPage();
                }
                RollEntry voter = voters.get(i);
                float left = PdfWriter.MARGIN + (onPage % COLUMNS) * (width + GAP);
                float cardTop = top - (onPage / COLUMNS) * (HEIGHT + GAP);
                pdf.card(left, cardTop, width, HEIGHT, forumTitle, voter.name(), voter.institution(),
                        checkInUrl.apply(voter.badgeCode()), voter.badgeCode());
            }
            return pdf.finish(forumTitle, pdf.text("roll.badges") + " · " + forumTitle, pdf.text("roll.badges"));
        }
    }
}
