/**
 * Forums (panel discussions): details, themes, visibility, join codes and slugs, membership,
 * moderators, and the phase rules DRAFT -> OPEN -> VOTING -> PUBLISHED -> FOLLOW_UP -> CLOSED.
 * Who may vote is the voter roll's ({@code forum.roll}): how a forum's roll is formed is a forum
 * setting ({@link id.sinergi.forum.RollMode}), joining by code enrols as the roll says.
 */
package id.sinergi.forum;
