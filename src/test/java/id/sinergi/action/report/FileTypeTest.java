package id.sinergi.action.report;

import id.sinergi.platform.BusinessException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Evidence files are recognised by their bytes; names are only checked to be plain and to agree. */
class FileTypeTest {

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesTheAcceptedKindsByContent() throws IOException {
        assertEquals(Optional.of(FileType.PDF), FileType.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.PNG), FileType.detect(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(Optional.of(FileType.JPEG), FileType.detect(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(FileType.DOCX), FileType.detect(zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"))));
        assertEquals(Optional.of(FileType.XLSX), FileType.detect(zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>"))));
        assertEquals(Optional.of(FileType.ODT), FileType.detect(zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text"))));
        assertEquals(Optional.empty(), FileType.detect(zip(Map.of("evil.sh", "rm -rf /"))), "a plain ZIP is no office document");
        assertEquals(Optional.empty(), FileType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileType.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), "a Windows program");
    }

    @Test
    void refusesBadNamesAndDisguisedFilesWithTheirReason() throws IOException {
        byte[] pdf = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        byte[] docx = zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"));
        assertEquals(FileType.PDF, ReportService.check(new EvidenceUpload("Laporan Triwulan I.PDF", pdf, false)).type());
        assertEquals(FileType.DOCX, ReportService.check(new EvidenceUpload("notulen rapat.docx", docx, false)).type());
        Map<String, EvidenceUpload> refused = Map.of(
                "evidence.badName", new EvidenceUpload("../../../etc/passwd.pdf", pdf, false),
                "evidence.empty", new EvidenceUpload("kosong.pdf", new byte[0], false),
                "evidence.tooLarge", new EvidenceUpload("besar.pdf", pdf, true),
                "evidence.typeNotAllowed", new EvidenceUpload("skrip.js", pdf, false),
                "evidence.typeMismatch", new EvidenceUpload("notulen.pdf", docx, false));
        refused.forEach((key, upload) -> assertEquals(key,
                assertThrows(BusinessException.class, () -> ReportService.check(upload)).messageKey(), upload.fileName()));
        for (String name : new String[]{"a/b.pdf", "..\\b.pdf", ".htaccess", "laporan\u0000.pdf", "C:bukti.pdf", " "}) {
            assertEquals("evidence.badName", assertThrows(BusinessException.class,
                    () -> ReportService.check(new EvidenceUpload(name, pdf, false))).messageKey(), name);
        }
    }
}
