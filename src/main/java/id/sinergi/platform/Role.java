package id.sinergi.platform;

/** The roles of DESIGN.md's authorisation contract; also the Jakarta Security groups. */
public enum Role {
    PARTICIPANT, INSTITUTION_LEAD, MODERATOR, ADMIN;

    public String messageKey() {
        return "role." + name();
    }
}
