package id.sinergi.action.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file as uploaded, before any check: its claimed name and its bytes, read up to one byte past
 * the size limit (so an oversize file is recognised without reading all of it).
 */
public record EvidenceUpload(String fileName, byte[] content, boolean oversize) {

    /** Largest evidence file: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_FILES = 5;

    public static EvidenceUpload read(String fileName, InputStream in) {
        try (in) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            return new EvidenceUpload(fileName, content, content.length > MAX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
