package id.sinergi.identity;

import id.sinergi.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;

/** {@code /admin/import}: participants from a CSV file, with a report by line. */
@Named
@RequestScoped
public class UserImportBacking {

    @Inject
    private UserService users;

    @Inject
    private FacesMessages messages;

    private UploadedFile file;
    private ImportReport report;

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("import.empty");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            report = users.importParticipants(in);
        }
        messages.info("import.done", report.imported().size(), report.rejected().size());
    }

    public UploadedFile getFile() { return file; }
    public void setFile(UploadedFile file) { this.file = file; }
    public ImportReport getReport() { return report; }
}
