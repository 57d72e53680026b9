package id.sinergi.institution;

import java.io.Serial;
import java.io.Serializable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin enters for an institution. */
public class InstitutionForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{validation.required}")
    @Size(max = Institution.NAME_MAX)
    private String name;

    @Size(max = Institution.SHORT_NAME_MAX)
    private String shortName;

    @NotNull(message = "{validation.required}")
    private InstitutionType type;

    private Long parentId;

    public InstitutionForm() {
    }

    public InstitutionForm(String name, String shortName, InstitutionType type, Long parentId) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.parentId = parentId;
    }

    public static InstitutionForm of(Institution institution) {
        return new InstitutionForm(institution.getName(), institution.getShortName(), institution.getType(),
                institution.getParentId());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public InstitutionType getType() { return type; }
    public void setType(InstitutionType type) { this.type = type; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
}
