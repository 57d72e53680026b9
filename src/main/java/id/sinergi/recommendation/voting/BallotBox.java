package id.sinergi.recommendation.voting;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.RollMode;
import id.sinergi.forum.Visibility;
import id.sinergi.forum.roll.VoterCheck;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.TransientFailures;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Instant;

/**
 * Where votes are cast: the one call a whole room makes at once. Written with one idempotent statement that only
 * succeeds while the ballot is open (the primary key keeps one vote per person per recommendation; a changed vote
 * overwrites it); the close is a conditional update, so a vote either lands before the close and is counted, or is
 * refused. Nothing about a vote is logged or audited: the audit log would otherwise tell who voted when, next to a
 * tally that moved.
 * <p>
 * A CDI bean with a JTA transaction per attempt ({@code @Transactional}), not an EJB like the other services, and its
 * statements go straight to JDBC ({@link NativeRows#direct}): the EJB container's invocation, its validation
 * interceptor and Weld's lookup of the session bean cost more per vote than the vote's own SQL
 * (docs/benchmarks/voting.md).
 */
@ApplicationScoped
public class BallotBox {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private VoterCheck voters;

    @Inject
    private Event<TallyChanged> tallyChanged;

    /** This bean through its proxy, so that each attempt runs in a transaction of its own. */
    @Inject
    private BallotBox self;

    /**
     * Casts or changes the caller's vote: answered "closed" (409) when it did not land before the close; a
     * transaction MariaDB chose as a deadlock victim, that Galera aborted on a conflict, or that lost its database
     * node (a vote is an upsert: landing twice is landing once) is tried once more.
     */
    public Choice vote(String slug, long recommendationId, Choice choice) {
        try {
            return self.castOnce(slug, recommendationId, choice);
        } catch (RuntimeException e) {
            if (e instanceof BusinessException || !(TransientFailures.isDeadlock(e) || TransientFailures.isConnectionLost(e))) {
                throw e;
            }
            return self.castOnce(slug, recommendationId, choice);
        }
    }

    /** One attempt at {@link #vote}, in a transaction of its own; checks everything itself. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Choice castOnce(String slug, long recommendationId, Choice choice) {
        if (!caller.isAuthenticated() || caller.userId() == null) {
            throw audit.refuse("vote.cast", "Recommendation", recommendationId, "error.unauthenticated");
        }
        if (caller.apiTokenId() != null) {
            // an institution's token reports on actions; a person votes
            throw audit.refuse("vote.cast", "Recommendation", recommendationId, "error.accessDenied");
        }
        NativeRows.Row row = NativeRows.direct(em, "SELECT r.forum_id, f.visibility, f.roll_mode, f.checked_in_only,"
                        + " b.closed_at, b.ends_at FROM recommendation r JOIN shared_forum f ON f.id = r.forum_id"
                        + " LEFT JOIN ballot b ON b.forum_id = f.id WHERE r.id = ? AND f.slug = ?", recommendationId, slug)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("recommendation.notFound"));
        long forumId = row.id("forum_id");
        Instant now = Instant.now();
        Instant endsAt = row.instant("ends_at");
        if (endsAt == null) {
            throw new ConflictException("vote.notOpen");
        }
        if (row.instant("closed_at") != null || !now.isBefore(endsAt)) {
            throw new ConflictException("vote.closed");
        }
        voters.requireVoter(forumId, RollMode.valueOf(row.string("roll_mode")), row.bool("checked_in_only"),
                Visibility.valueOf(row.string("visibility")));
        // the ballot row's shared lock makes the close wait for this vote, or this vote wait for the close
        int written = NativeRows.directUpdate(em, "INSERT INTO vote (recommendation_id, user_id, choice, cast_at)"
                        + " SELECT ?, ?, ?, ? FROM ballot b WHERE b.forum_id = ? AND b.closed_at IS NULL AND b.ends_at > ?"
                        + " ON DUPLICATE KEY UPDATE choice = VALUES(choice), cast_at = VALUES(cast_at)",
                recommendationId, caller.userId(), choice.name(), now, forumId, now);
        if (written == 0) {
            throw new ConflictException("vote.closed");
        }
        tallyChanged.fire(new TallyChanged(forumId));
        return choice;
    }
}
