/**
 * Accountability for everyone: a forum's actions with their accepted progress and public evidence,
 * figures per recommendation and per institution with charts and tables, each institution's
 * timeline; the moderators' dashboard; exports of the action matrix (XLSX, CSV) and a PDF status
 * report. Only figures a moderator has accepted count here.
 */
package id.sinergi.action.accountability;
