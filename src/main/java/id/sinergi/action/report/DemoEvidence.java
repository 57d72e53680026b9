package id.sinergi.action.report;

import id.sinergi.platform.DemoDataLoaded;
import id.sinergi.platform.Messages;
import id.sinergi.platform.PdfWriter;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;

/**
 * Gives two of the demo's accepted reports a real evidence file: a small PDF written at start-up
 * into the evidence folder, as an upload would be (the demo SQL cannot write files).
 */
@Stateless
public class DemoEvidence {

    private static final Logger LOG = Logger.getLogger(DemoEvidence.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EvidenceStore store;

    private record Sample(long reportId, String fileName, String title, List<String> lines) {
    }

    private static final List<Sample> SAMPLES = List.of(
            new Sample(2002, "Daftar hadir pembekalan KKN.pdf", "Daftar hadir pembekalan KKN — migrasi aman",
                    List.of("Universitas Bangka Belitung", "Pembekalan mahasiswa KKN: modul migrasi aman",
                            "Peserta: 1.200 mahasiswa, 60 desa", "Narasumber: Kanwil Ditjen Imigrasi Babel, BP3MI Babel")),
            new Sample(2006, "Keputusan daftar periksa wawancara.pdf", "Keputusan Kepala Kantor Imigrasi Pangkalpinang",
                    List.of("Tentang daftar periksa wawancara mendalam bagi pemohon paspor",
                            "dengan indikasi penempatan pekerja migran nonprosedural.", "18 petugas telah dilatih.")));

    public void onDemoLoaded(@Observes DemoDataLoaded loaded) {
        for (Sample sample : SAMPLES) {
            boolean present = !em.createNativeQuery("SELECT 1 FROM evidence WHERE report_id = ? AND kind = 'FILE'")
                    .setParameter(1, sample.reportId()).getResultList().isEmpty();
            boolean reportExists = !em.createNativeQuery("SELECT 1 FROM progress_report WHERE id = ?")
                    .setParameter(1, sample.reportId()).getResultList().isEmpty();
            if (present || !reportExists) {
                continue;
            }
            byte[] pdf = pdf(sample);
            String stored = store.store(pdf);
            em.createNativeQuery("INSERT INTO evidence (report_id, kind, stored_name, original_name, media_type, size_bytes)"
                            + " VALUES (?, 'FILE', ?, ?, 'application/pdf', ?)")
                    .setParameter(1, sample.reportId()).setParameter(2, stored).setParameter(3, sample.fileName())
                    .setParameter(4, pdf.length).executeUpdate();
        }
        LOG.info("Demo evidence files written");
    }

    private static byte[] pdf(Sample sample) {
        try (PdfWriter w = PdfWriter.create(Messages.INDONESIAN)) {
            w.newPage();
            w.paragraph(sample.title(), 16, PdfWriter.INK, true, 0, PdfWriter.WIDTH, 20);
            w.skip(8);
            for (String line : sample.lines()) {
                w.paragraph(line, 11, PdfWriter.INK, false, 0, PdfWriter.WIDTH, 15);
            }
            return w.finish("Sinergi · demo", sample.title(), sample.title());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
