package id.sinergi.recommendation.publication;

import id.sinergi.platform.Navigation;
import id.sinergi.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /f/{slug}/recommendations[/vN]}: a published version for everyone, no login needed.
 * Without a version number, the latest one.
 */
@Named
@RequestScoped
public class RecommendationsBacking {

    @Inject
    private PublicationService publications;

    private String slug;
    private Publication publication;
    private List<Publication.Summary> versions;
    private List<Section> sections;

    /** Adopted recommendations of one theme ({@code theme} null: without a theme). */
    public record Section(String theme, List<PublishedDocument.Item> items) {
    }

    public void load() {
        slug = Navigation.slug("publication.notFound");
        String version = Navigation.param("version");
        publication = version != null && version.matches("\\d{1,6}")
                ? publications.version(slug, Integer.parseInt(version))
                : publications.latest(slug).orElseThrow(() -> new NotFoundException("publication.notFound"));
        versions = publications.versions(slug);
        Map<String, List<PublishedDocument.Item>> byTheme = new LinkedHashMap<>();
        for (PublishedDocument.Item item : publication.document().recommendations()) {
            byTheme.computeIfAbsent(item.theme() == null ? "" : item.theme(), k -> new ArrayList<>()).add(item);
        }
        sections = byTheme.entrySet().stream().map(e -> new Section(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();
    }

    public boolean isLatest() {
        return versions.isEmpty() || versions.getFirst().version() == publication.version();
    }

    public String getSlug() { return slug; }
    public Publication getPublication() { return publication; }
    public PublishedDocument getDocument() { return publication.document(); }
    public List<Publication.Summary> getVersions() { return versions; }
    public List<Section> getSections() { return sections; }
}
