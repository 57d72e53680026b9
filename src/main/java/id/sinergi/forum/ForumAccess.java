package id.sinergi.forum;

/** What the caller may do in one forum, for pages to show the right controls. */
public record ForumAccess(boolean member, boolean moderator) {
}
