package id.sinergi.recommendation.publication;

import id.sinergi.platform.Formats;
import id.sinergi.platform.PdfWriter;

import static id.sinergi.platform.PdfWriter.*;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PDF of one published version: A4, an embedded Unicode font (Liberation Sans, shipped with
 * PDFBox), wrapped paragraphs, results with a bar, "Halaman x dari y" on every page, and a QR
 * code linking to the version's page.
 */
public final class PublicationPdf {

    private PublicationPdf() {
    }

    /** Renders {@code publication} with labels in {@code locale}; {@code pageUrl} goes into the QR code. */
    public static byte[] render(Publication publication, Locale locale, String pageUrl) {
        try (PdfWriter w = PdfWriter.create(locale)) {
            write(w, publication, pageUrl);
            return w.finish("Sinergi · " + publication.document().forumTitle() + " · v" + publication.version(),
                    publication.document().forumTitle() + " — " + w.text("publication.title") + " v" + publication.version(),
                    w.text("publication.title"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the PDF", e);
        }
    }

    private static void write(PdfWriter w, Publication publication, String pageUrl) throws IOException {
        Locale locale = w.locale();
        PublishedDocument d = publication.document();
        w.newPage();
        w.qr(pageUrl, w.text("publication.scan"));
        w.line(w.text("publication.title").toUpperCase(locale), 10, ACCENT, true, 0, WIDTH - 100);
        w.skip(4);
        w.paragraph(d.forumTitle(), 18, INK, true, 0, WIDTH - 100, 22);
        w.skip(2);
        w.paragraph(w.text("publication.versionLine", publication.version(),
                Formats.dateTime(publication.publishedAt(), locale), publication.publishedBy()), 9.5f, MUTED, false, 0, WIDTH - 100, 13);
        w.paragraph(w.text("publication.changeNote") + ": " + publication.changeNote(), 9.5f, MUTED, false, 0, WIDTH - 100, 13);
        w.below(100);
        w.skip(10);
        w.rule();

        List<String> facts = new ArrayList<>();
        if (d.startsAt() != null) {
            facts.add(w.text("publication.held") + ": " + Formats.dateTime(d.startsAt(), locale));
        }
        if (d.venue() != null) {
            facts.add(w.text("publication.venue") + ": " + d.venue());
        }
        if (d.organiser() != null) {
            facts.add(w.text("forum.organiser") + ": " + d.organiser());
        }
        for (String fact : facts) {
            w.paragraph(fact, 10, INK, false, 0, WIDTH, 14);
        }
        if (d.description() != null) {
            w.skip(4);
            w.paragraph(d.description(), 10, INK, false, 0, WIDTH, 14);
        }
        w.skip(6);
        w.paragraph(w.text("publication.voteSummary", Formats.dateTime(d.votingClosedAt(), locale), d.eligibleVoters(),
                d.quorumPercent(), d.thresholdPercent(), d.recommendations().size(), d.votedOn()), 10, INK, false, 0, WIDTH, 14);
        if (d.hasRoll()) {
            w.paragraph(w.text("publication.rollSummary", w.text(d.rollModeKey()), d.eligibleVoters(), d.voters(),
                    d.minGroupSize()), 10, INK, false, 0, WIDTH, 14);
        }
        w.skip(8);

        String theme = null;
        for (PublishedDocument.Item item : d.recommendations()) {
            String itemTheme = item.theme() == null ? w.text("recommendation.noTheme") : item.theme();
            if (!itemTheme.equals(theme)) {
                theme = itemTheme;
                w.need(60);
                w.skip(8);
                w.line(theme, 12.5f, ACCENT, true, 0, WIDTH);
                w.skip(2);
            }
            w.need(70);
            w.paragraph(item.number() + ".  " + item.title(), 11.5f, INK, true, 0, WIDTH, 15);
            w.skip(2);
            w.paragraph(item.body(), 10, INK, false, 18, WIDTH - 18, 14);
            w.skip(2);
            w.need(30);
            w.paragraph(w.text("publication.resultLine", item.agree(), item.disagree(), item.abstain(),
                    w.percent(item.tally().agreePercent())), 9.5f, INK, false, 18, WIDTH - 18, 13);
            w.bar(new float[]{item.agree(), item.disagree(), item.abstain()}, new Color[]{GOOD, BAD, NEUTRAL},
                    item.tally().voters(), 18, WIDTH - 18);
            if (!item.groups().isEmpty()) {
                StringBuilder groups = new StringBuilder(w.text("publication.byType")).append(": ");
                for (int i = 0; i < item.groups().size(); i++) {
                    PublishedDocument.Group g = item.groups().get(i);
                    groups.append(i == 0 ? "" : "; ").append(w.text("institutionType." + g.key())).append(' ')
                            .append(g.agree()).append('/').append(g.disagree()).append('/').append(g.abstain());
                }
                w.paragraph(groups.toString(), 8.5f, MUTED, false, 18, WIDTH - 18, 12);
            }
            w.skip(8);
        }
        if (d.recommendations().isEmpty()) {
            w.paragraph(w.text("publication.noneAdopted"), 10, INK, false, 0, WIDTH, 14);
        }

        w.need(50);
        w.skip(6);
        w.line(w.text("publication.institutions"), 12.5f, ACCENT, true, 0, WIDTH);
        w.skip(2);
        for (String institution : d.institutions()) {
            w.paragraph("•  " + institution, 10, INK, false, 6, WIDTH - 6, 14);
        }
        w.skip(10);
        w.paragraph(w.text("publication.fingerprint") + ": " + publication.sha256(), 7.5f, MUTED, false, 0, WIDTH, 10);
        w.paragraph(pageUrl, 7.5f, MUTED, false, 0, WIDTH, 10);
    }
}
