package id.sinergi.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What a moderator writes for a recommendation: its theme, text, and the ideas it came from. */
public class RecommendationForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private Long themeId;

    @NotBlank(message = "{validation.required}")
    @Size(max = Recommendation.TITLE_MAX, message = "{validation.tooLong}")
    private String title;

    @NotBlank(message = "{validation.required}")
    @Size(max = Recommendation.BODY_MAX, message = "{validation.tooLong}")
    private String body;

    @Size(max = 50, message = "{validation.tooMany}")
    private List<Long> ideaIds = new ArrayList<>();

    public RecommendationForm() {
    }

    public RecommendationForm(Long themeId, String title, String body, List<Long> ideaIds) {
        this.themeId = themeId;
        this.title = title;
        this.body = body;
        this.ideaIds = new ArrayList<>(ideaIds);
    }

    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public List<Long> getIdeaIds() { return ideaIds; }
    public void setIdeaIds(List<Long> ideaIds) { this.ideaIds = ideaIds == null ? new ArrayList<>() : ideaIds; }
}
