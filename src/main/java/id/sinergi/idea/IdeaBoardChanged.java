package id.sinergi.idea;

/** Fired when a forum's ideas or supports changed; the live board reloads after the commit. */
public record IdeaBoardChanged(Long forumId) {
}
