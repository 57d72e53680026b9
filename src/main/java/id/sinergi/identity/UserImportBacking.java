package id.sinergi.identity;

import id.sinergi.platform.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

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

    private Part file;
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

    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public ImportReport getReport() { return report; }
}
