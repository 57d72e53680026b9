package id.sinergi.action.record;

import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.Navigation;
import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * {@code /overview}: every forum with a public follow-up, the province at a glance per institution
 * type (chart and table) and per institution, filtered by year, organiser and institution type
 * through the address ({@code ?year=2024&organiser=kanwil-ditjen-imigrasi-babel&type=GOVERNMENT}),
 * so a filtered view can be shared and works without scripts.
 */
@Named
@ViewScoped
public class OverviewBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private TrackRecordService records;

    private TrackRecordService.Filter filter;
    private TrackRecordService.Choices choices;
    private TrackRecordService.TypeFigures types;
    private PagedModel<TrackRecordService.ForumFigures> forums;
    private PagedModel<TrackRecordService.InstitutionFigures> institutions;
    private String organiserSlug;
    private String query;

    public void load() {
        choices = records.choices();
        filter = OverviewParams.filter(Navigation.param("year"), Navigation.param("organiser"), Navigation.param("type"), choices);
        organiserSlug = filter.organiserId() == null ? null
                : choices.organisers().get(choices.organiserIds().indexOf(filter.organiserId())).slug();
        query = OverviewParams.query(filter, organiserSlug);
        types = records.byType(filter);
        TrackRecordService.Filter f = filter;
        forums = new PagedModel<>(() -> records.countForums(f), (first, size) -> records.forums(f, first, size),
                TrackRecordService.ForumFigures::forumId);
        institutions = new PagedModel<>(() -> records.countInstitutions(f), (first, size) -> records.institutions(f, first, size),
                TrackRecordService.InstitutionFigures::slug);
    }

    public List<InstitutionType> getTypeChoices() {
        return Arrays.asList(InstitutionType.values());
    }

    public TrackRecordService.Filter getFilter() { return filter; }
    public TrackRecordService.Choices getChoices() { return choices; }
    public TrackRecordService.TypeFigures getTypes() { return types; }
    public PagedModel<TrackRecordService.ForumFigures> getForums() { return forums; }
    public PagedModel<TrackRecordService.InstitutionFigures> getInstitutions() { return institutions; }
    public String getOrganiserSlug() { return organiserSlug; }
    /** The filter as a query string for the export links ("" or "?year=2024&…"). */
    public String getQuery() { return query; }
}
