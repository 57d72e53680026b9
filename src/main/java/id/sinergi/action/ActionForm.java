package id.sinergi.action;

import id.sinergi.platform.BusinessException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigning or changing one action. Milestones are typed one per line, optionally ending with a
 * date: "Modul selesai disusun | 2027-02-28".
 */
public class ActionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final int MILESTONES_MAX = 20;
    private static final Pattern DATED = Pattern.compile("^(.*?)\\s*\\|\\s*(\\d{4}-\\d{2}-\\d{2})\\s*$");

    @NotNull(message = "{action.recommendationRequired}")
    private Long recommendationId;

    @NotNull(message = "{action.institutionRequired}")
    private Long institutionId;

    private Long leadId;

    @NotBlank(message = "{action.titleRequired}")
    @Size(max = Action.TITLE_MAX, message = "{action.titleTooLong}")
    private String title;

    @Size(max = Action.DESCRIPTION_MAX, message = "{action.descriptionTooLong}")
    private String description;

    @NotNull(message = "{action.dueDateRequired}")
    private LocalDate dueDate;

    @Size(max = 4000)
    private String milestones;

    public record Milestone(String title, LocalDate dueDate) {
    }

    /** The milestone lines as titles and optional dates; a line with an unreadable date is refused. */
    public List<Milestone> milestoneList() {
        List<Milestone> list = new ArrayList<>();
        if (milestones == null) {
            return list;
        }
        for (String line : milestones.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher dated = DATED.matcher(text);
            LocalDate date = null;
            if (dated.matches()) {
                try {
                    date = LocalDate.parse(dated.group(2));
                    text = dated.group(1).strip();
                } catch (DateTimeParseException e) {
                    throw new BusinessException("action.milestoneDate", line.strip());
                }
            }
            if (text.isEmpty() || text.length() > Action.TITLE_MAX) {
                throw new BusinessException("action.milestoneTitle", line.strip());
            }
            list.add(new Milestone(text, date));
        }
        if (list.size() > MILESTONES_MAX) {
            throw new BusinessException("action.tooManyMilestones", MILESTONES_MAX);
        }
        return list;
    }

    public Long getRecommendationId() { return recommendationId; }
    public void setRecommendationId(Long recommendationId) { this.recommendationId = recommendationId; }
    public Long getInstitutionId() { return institutionId; }
    public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
    public Long getLeadId() { return leadId; }
    public void setLeadId(Long leadId) { this.leadId = leadId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public String getMilestones() { return milestones; }
    public void setMilestones(String milestones) { this.milestones = milestones; }
}
