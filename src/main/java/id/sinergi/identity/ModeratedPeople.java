package id.sinergi.identity;

import java.util.List;

/**
 * Whom a moderator may vouch for: the members of the forums they moderate. Membership is the forum
 * component's; it answers through this interface (forum uses identity, so identity never reads
 * forum's tables or calls its services).
 */
public interface ModeratedPeople {

    /** The ids of the members of the forums that {@code moderatorId} moderates; empty if none. */
    List<Long> membersOfForumsModeratedBy(long moderatorId);
}
