package id.sinergi.forum.roll;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.RollMode;
import id.sinergi.forum.Visibility;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The roll's check on the vote path, inside the vote's transaction: a CDI bean rather than an EJB for the same reason
 * as {@code recommendation.voting.BallotBox} (the container's invocation cost more than the one primary-key read).
 * Someone not on the roll yet goes to {@link RollService#admitOnFirstVote}, once.
 */
@ApplicationScoped
public class VoterCheck {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private RollService roll;

    /** Passes when the caller may vote in the forum now, refuses with the reason otherwise. */
    public void requireVoter(long forumId, RollMode mode, boolean checkedInOnly, Visibility visibility) {
        if (caller.userId() == null) {
            // the vote path checks this first; the roll does not rely on it
            throw audit.refuse("vote.cast", "Forum", forumId, "error.unauthenticated");
        }
        Optional<NativeRows.Row> found = NativeRows.direct(em, "SELECT status, checked_in_at FROM forum_voter"
                + " WHERE forum_id = ? AND user_id = ?", forumId, caller.userId()).stream().findFirst();
        if (found.isEmpty()) {
            roll.admitOnFirstVote(forumId, mode, checkedInOnly, visibility);
            return;
        }
        NativeRows.Row row = found.get();
        String status = row.string("status");
        if (!VoterStatus.ADMITTED.name().equals(status)) {
            throw audit.refuse("vote.cast", "Forum", forumId, VoterStatus.PENDING.name().equals(status)
                    ? "roll.why.pending" : "roll.why.declined");
        }
        if (checkedInOnly && row.get("checked_in_at") == null) {
            throw audit.refuse("vote.cast", "Forum", forumId, "roll.why.checkIn");
        }
    }
}
