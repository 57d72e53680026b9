package id.sinergi.audit;

import id.sinergi.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** {@code /admin/audit}: the audit log, filtered and paged in the database. */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private String actor;
    private String action;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;

    private final PagedModel<Row> model = new PagedModel<>(
            () -> audit.count(filter()),
            (first, size) -> audit.search(filter(), first, size).stream().map(Row::of).toList(),
            Row::id);

    private AuditFilter filter() {
        return new AuditFilter(actor, action, outcome, from, to);
    }

    public PagedModel<Row> getModel() { return model; }
    public AuditOutcome[] getOutcomes() { return AuditOutcome.values(); }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    /** A line of the log as the page shows it. */
    public record Row(Long id, Instant at, String actor, String action, String object, AuditOutcome outcome,
                      String detail) implements Serializable {
        static Row of(AuditEntry e) {
            String object = e.getObjectType() == null ? "" : e.getObjectType() + (e.getObjectId() == null ? "" : " #" + e.getObjectId());
            return new Row(e.getId(), e.getOccurredAt(), e.getActorName(), e.getAction(), object, e.getOutcome(), e.getDetail());
        }
    }
}
