package id.sinergi.forum;

import id.sinergi.identity.ModeratedPeople;
import id.sinergi.platform.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The members of a moderator's forums, for identity's affiliation queue ({@link ModeratedPeople}). */
@ApplicationScoped
public class ForumModeratedPeople implements ModeratedPeople {

    @PersistenceContext
    private EntityManager em;

    @Override
    public List<Long> membersOfForumsModeratedBy(long moderatorId) {
        return NativeRows.query(em, "SELECT DISTINCT m.user_id FROM forum_member m"
                        + " JOIN forum_moderator fm ON fm.forum_id = m.forum_id WHERE fm.user_id = ?", moderatorId)
                .stream().map(r -> r.id("user_id")).toList();
    }
}
