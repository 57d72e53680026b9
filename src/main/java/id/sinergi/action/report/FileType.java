package id.sinergi.action.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of evidence files accepted, recognised by their bytes: a name is only a claim. Office
 * documents are ZIP packages (OOXML, OpenDocument) told apart by their entries, or the older OLE2
 * compound files.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    WEBP("image/webp", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ods"),
    ODP("application/vnd.oasis.opendocument.presentation", "odp"),
    /** Word 97–2003, Excel 97–2003 and PowerPoint 97–2003 share one container format. */
    OLE2("application/octet-stream", "doc", "xls", "ppt");

    private final String mediaType;
    private final List<String> extensions;

    FileType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    /** Every extension accepted, for messages and the upload field. */
    public static String allExtensions() {
        return String.join(", ", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList());
    }

    public static boolean knownExtension(String extension) {
        return Arrays.stream(values()).anyMatch(t -> t.hasExtension(extension));
    }

    /** The file name's extension, lower case, or "". */
    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the bytes are, if they are one of the accepted kinds. */
    public static Optional<FileType> detect(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) return Optional.of(PDF);
        if (starts(b, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) return Optional.of(PNG);
        if (starts(b, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) return Optional.of(JPEG);
        if (b.length >= 12 && starts(b, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && new String(b, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")) return Optional.of(WEBP);
        if (starts(b, new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Optional.of(OLE2);
        }
        if (starts(b, new byte[]{'P', 'K', 3, 4})) return zipPackage(b);
        return Optional.empty();
    }

    private static Optional<FileType> zipPackage(byte[] b) {
        Set<String> names = new HashSet<>();
        String odfType = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < 10_000) {
                String name = entry.getName();
                if (name.equals("mimetype")) {
                    odfType = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).strip();
                }
                int slash = name.indexOf('/');
                names.add(slash < 0 ? name : name.substring(0, slash + 1));
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        if (odfType != null) {
            for (FileType t : List.of(ODT, ODS, ODP)) {
                if (t.mediaType.equals(odfType)) return Optional.of(t);
            }
            return Optional.empty();
        }
        if (!names.contains("[Content_Types].xml")) return Optional.empty();
        if (names.contains("word/")) return Optional.of(DOCX);
        if (names.contains("xl/")) return Optional.of(XLSX);
        if (names.contains("ppt/")) return Optional.of(PPTX);
        return Optional.empty();
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
    }
}
