package id.sinergi.action;

import java.io.Serializable;

/**
 * What the caller may do with one action: {@code report} progress (its institution's leads, the
 * forum's moderators, admins), {@code review} reports (moderators, admins) and see {@code internal}
 * reports, pending ones and their evidence (all of these).
 */
public record ActionAccess(boolean report, boolean review, boolean internal) implements Serializable {

    public static final ActionAccess PUBLIC = new ActionAccess(false, false, false);
}
