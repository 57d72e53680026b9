/**
 * The audit log: who did what, when, to which object, and the outcome, refusals included.
 * Every component records through {@link id.sinergi.audit.AuditService}; admins browse it.
 */
package id.sinergi.audit;
