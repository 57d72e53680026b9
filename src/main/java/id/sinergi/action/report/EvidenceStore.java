package id.sinergi.action.report;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Evidence files on disk, in the folder {@code sinergi.evidence.dir} (environment
 * {@code SINERGI_EVIDENCE_DIR}), outside the web root. Files are named by a random id only: the
 * uploader's name never reaches the file system.
 */
@ApplicationScoped
public class EvidenceStore {

    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    @ConfigProperty(name = "sinergi.evidence.dir", defaultValue = "data/evidence")
    private String directory;

    private Path root;

    @PostConstruct
    void init() {
        root = Path.of(directory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the evidence folder " + root, e);
        }
        LOG.info(() -> "Evidence files are kept in " + root);
    }

    /** Writes the bytes under a new random name (complete or not at all) and returns the name. */
    public String store(byte[] content) {
        String name = UUID.randomUUID().toString();
        Path part = root.resolve(name + ".part");
        try {
            Files.write(part, content);
            Files.move(part, root.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            delete(name + ".part");
            throw new UncheckedIOException(e);
        }
    }

    public Path path(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored evidence name");
        }
        return root.resolve(storedName);
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(root.resolve(storedName));
        } catch (IOException e) {
            LOG.warning(() -> "Evidence file " + storedName + " not deleted: " + e.getMessage());
        }
    }

    /** How many files are stored: for tests that check nothing was written. */
    public long count() {
        try (var files = Files.list(root)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
