package id.sinergi.institution;

public enum InstitutionType {
    GOVERNMENT, LAW_ENFORCEMENT, IMMIGRATION, EDUCATION, TRAVEL_AGENCY, NGO, OTHER;

    public String messageKey() {
        return "institutionType." + name();
    }
}
