package id.sinergi.idea;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;

/** What a participant writes: plain text only. */
public class IdeaForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    private Long themeId;

    @NotBlank(message = "{validation.required}")
    @Size(max = Idea.TITLE_MAX, message = "{validation.tooLong}")
    private String title;

    @NotBlank(message = "{validation.required}")
    @Size(max = Idea.BODY_MAX, message = "{validation.tooLong}")
    private String body;

    private boolean anonymous;

    public IdeaForm() {
    }

    public IdeaForm(Long themeId, String title, String body, boolean anonymous) {
        this.themeId = themeId;
        this.title = title;
        this.body = body;
        this.anonymous = anonymous;
    }

    public Long getThemeId() { return themeId; }
    public void setThemeId(Long themeId) { this.themeId = themeId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isAnonymous() { return anonymous; }
    public void setAnonymous(boolean anonymous) { this.anonymous = anonymous; }
}
