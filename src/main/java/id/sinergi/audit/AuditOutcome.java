package id.sinergi.audit;

public enum AuditOutcome {
    SUCCESS, DENIED, FAILED
}
