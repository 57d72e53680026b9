package id.sinergi.action.report;

/** Who sees a report once it is accepted: everyone, or the institution and the moderators only. */
public enum ReportVisibility {
    PUBLIC, INTERNAL;

    public String messageKey() {
        return "report.visibility." + name();
    }
}
