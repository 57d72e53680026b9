package id.sinergi.audit;

import java.time.LocalDate;

/** What an admin filters the audit log by; every field optional. */
public record AuditFilter(String actor, String action, AuditOutcome outcome, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
