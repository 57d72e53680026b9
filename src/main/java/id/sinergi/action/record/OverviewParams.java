package id.sinergi.action.record;

import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.BusinessException;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The overview's filters as the page, the exports and the API take them from the address. */
final class OverviewParams {

    private OverviewParams() {
    }

    /**
     * {@code year} (four digits), {@code organiser} (an organiser's slug) and {@code type} (an
     * institution type); blank means any. Anything else is a readable 400, never a silent "any".
     */
    static TrackRecordService.Filter filter(String year, String organiser, String type, TrackRecordService.Choices choices) {
        Integer y = TrackRecordService.year(year);
        Long organiserId = null;
        if (organiser != null && !organiser.isBlank()) {
            int i = choices.organisers().stream().map(TrackRecordService.Link::slug).toList().indexOf(organiser.strip());
            if (i < 0) {
                throw new BusinessException("overview.badOrganiser", organiser);
            }
            organiserId = choices.organiserIds().get(i);
        }
        InstitutionType t = null;
        if (type != null && !type.isBlank()) {
            try {
                t = InstitutionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BusinessException("overview.badType", type);
            }
        }
        return new TrackRecordService.Filter(y, organiserId, t);
    }

    static String query(TrackRecordService.Filter filter, String organiserSlug) {
        List<String> parts = new ArrayList<>();
        if (filter.year() != null) parts.add("year=" + filter.year());
        if (organiserSlug != null) parts.add("organiser=" + URLEncoder.encode(organiserSlug, StandardCharsets.UTF_8));
        if (filter.type() != null) parts.add("type=" + filter.type().name());
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }
}
