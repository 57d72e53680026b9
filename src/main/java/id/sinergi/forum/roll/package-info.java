/**
 * The voter roll of a forum: who may vote and how they got there (the moderator's invitation list
 * with e-mailed links and printed QR badges, admission of people who joined with the code, or open
 * to anyone with the code), check-in at the venue by badge or name, and the helpers who check
 * people in. The roll decides who votes and is the base of the quorum.
 */
package id.sinergi.forum.roll;
