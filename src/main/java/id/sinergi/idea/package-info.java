/**
 * What happens in the room: ideas under a forum's themes, supports (one per person, exact under
 * concurrency), comments with one level of replies, reports, and moderation (hide, restore,
 * merge duplicates), plus the live board that shows it on the projector as it happens.
 */
package id.sinergi.idea;
