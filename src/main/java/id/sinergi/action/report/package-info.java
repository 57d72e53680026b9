/**
 * Progress reports on an action and their evidence: an institution's lead reports status,
 * progress, a note, files and links, public or internal; a moderator accepts the report (its
 * figures become the action's) or returns it with a comment. Files are checked by their content,
 * stored under random names outside the web root and served only to those who may see them.
 */
package id.sinergi.action.report;
