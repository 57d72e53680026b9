package id.sinergi.action.report;

/** A report waits for review, then is accepted (its figures count) or returned with a comment. */
public enum ReviewState {
    PENDING, ACCEPTED, RETURNED;

    public String messageKey() {
        return "report.review." + name();
    }
}
