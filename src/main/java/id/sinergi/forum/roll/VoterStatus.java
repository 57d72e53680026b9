package id.sinergi.forum.roll;

/** A person's place on a forum's roll: waiting for admission, on the roll, or declined. */
public enum VoterStatus {
    PENDING, ADMITTED, DECLINED;

    public String messageKey() {
        return "roll.status." + name();
    }
}
