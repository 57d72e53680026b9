package id.sinergi.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Absolute links to Sinergi for places outside the browser (e-mails, QR codes in PDFs), from
 * {@code sinergi.public-url} ({@code SINERGI_PUBLIC_URL}); pages use it for Open Graph links.
 */
@ApplicationScoped
@jakarta.inject.Named
public class PublicUrl {

    @Inject
    @ConfigProperty(name = "sinergi.public-url", defaultValue = "http://localhost:8080")
    private String publicUrl;

    /** {@code path} (starting with "/", or {@code null} for the home page) as an absolute URL. */
    public String to(String path) {
        String base = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        return path == null ? base + "/" : base + path;
    }
}
