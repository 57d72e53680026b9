/**
 * Follow-up actions: what each institution committed to for an adopted recommendation, with its
 * due date, milestones and responsible lead; "my actions" for institution leads; the daily job that
 * marks overdue actions and reminds people; the API for institutions' own systems. Progress
 * reports and their evidence live in {@code report}, the public figures and exports in
 * {@code accountability}.
 *
 * <p>Who may do what is decided here, in {@link id.sinergi.action.ActionService#access}: the
 * forum's moderators and admins everything, an institution lead for actions of their institution
 * and the offices under it, everyone else reads what has been accepted and made public.
 */
package id.sinergi.action;
