/**
 * The secret vote on a forum's recommendations: opening it with an end time and rules (quorum,
 * adoption threshold), casting and changing votes, closing it (early, or by a container timer at
 * the end time), and freezing the results once. No page, API response, notification or log line
 * tells how a person voted: only totals leave this package, and after the close a breakdown by
 * institution type in which no group has fewer voters than the forum's disclosure rule allows (at least 5 by default, never
 * fewer than 3), and only confirmed affiliations form named groups.
 */
package id.sinergi.recommendation.voting;
