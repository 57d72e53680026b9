package id.sinergi.action.report;

import id.sinergi.action.ActionStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A progress report as the lead fills it in: evidence links one per line; files come separately. */
public class ReportForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int NOTE_MAX = 5_000;
    public static final int LINKS_MAX = 10;

    @NotNull(message = "{report.statusRequired}")
    private ActionStatus status = ActionStatus.IN_PROGRESS;

    @NotNull(message = "{report.progressRequired}")
    @Min(value = 0, message = "{report.progressRange}")
    @Max(value = 100, message = "{report.progressRange}")
    private Integer progress = 0;

    @NotBlank(message = "{report.noteRequired}")
    @Size(max = NOTE_MAX, message = "{report.noteTooLong}")
    private String note;

    @NotNull
    private ReportVisibility visibility = ReportVisibility.PUBLIC;

    @Size(max = 10_000)
    private String links;

    private List<Long> milestonesReached = new ArrayList<>();

    public List<String> linkList() {
        if (links == null || links.isBlank()) {
            return List.of();
        }
        return links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public ActionStatus getStatus() { return status; }
    public void setStatus(ActionStatus status) { this.status = status; }
    public Integer getProgress() { return progress; }
    public void setProgress(Integer progress) { this.progress = progress; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public ReportVisibility getVisibility() { return visibility; }
    public void setVisibility(ReportVisibility visibility) { this.visibility = visibility; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public List<Long> getMilestonesReached() { return milestonesReached; }
    public void setMilestonesReached(List<Long> milestonesReached) {
        this.milestonesReached = milestonesReached == null ? new ArrayList<>() : milestonesReached;
    }
}
