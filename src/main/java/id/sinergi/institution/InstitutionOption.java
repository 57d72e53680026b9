package id.sinergi.institution;

import java.io.Serializable;

/** One entry of an institution drop-down. */
public record InstitutionOption(Long id, String label) implements Serializable {

    public static InstitutionOption of(Institution institution) {
        String label = institution.getShortName() == null ? institution.getName()
                : institution.getName() + " (" + institution.getShortName() + ")";
        return new InstitutionOption(institution.getId(), label);
    }
}
