/**
 * Forums (panel discussions): details, themes, visibility, join codes and slugs, membership,
 * moderators, and the phase rules DRAFT -> OPEN -> VOTING -> PUBLISHED -> FOLLOW_UP -> CLOSED.
 */
package id.sinergi.forum;
