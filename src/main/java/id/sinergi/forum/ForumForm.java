package id.sinergi.forum;

import id.sinergi.platform.Slugs;
import java.io.Serial;
import java.io.Serializable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** What a moderator enters for a forum. Times are wall-clock times in WIB. */
public class ForumForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Forum.TITLE_MAX)
    private String title;

    /** Optional: made from the title when empty. */
    @Size(max = Slugs.MAX)
    private String slug;

    @Size(max = Forum.DESCRIPTION_MAX)
    private String description;

    @Size(max = Forum.VENUE_MAX)
    private String venue;

    private LocalDateTime startsAt;

    private LocalDateTime endsAt;

    private Long organiserId;

    @NotNull(message = "{validation.required}")
    private Visibility visibility = Visibility.PUBLIC;

    private List<String> themes = new ArrayList<>();

    @Min(value = 1, message = "{validation.atLeastOne}")
    private Integer ideaLimit;

    private boolean hideSupportCounts;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public LocalDateTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalDateTime endsAt) { this.endsAt = endsAt; }
    public Long getOrganiserId() { return organiserId; }
    public void setOrganiserId(Long organiserId) { this.organiserId = organiserId; }
    public Visibility getVisibility() { return visibility; }
    public void setVisibility(Visibility visibility) { this.visibility = visibility; }
    public Integer getIdeaLimit() { return ideaLimit; }
    public void setIdeaLimit(Integer ideaLimit) { this.ideaLimit = ideaLimit; }
    public boolean isHideSupportCounts() { return hideSupportCounts; }
    public void setHideSupportCounts(boolean hideSupportCounts) { this.hideSupportCounts = hideSupportCounts; }
    public List<String> getThemes() { return themes; }
    public void setThemes(List<String> themes) { this.themes = themes == null ? new ArrayList<>() : new ArrayList<>(themes); }
}
