package id.sinergi.recommendation.voting;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.forum.roll.RollService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.Formats;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vote on a forum's recommendations: opening, closing, reminders, totals and turnout. Votes
 * themselves are cast in {@link BallotBox}; the close is a conditional update, so a vote either
 * lands before the close and is counted, or is refused.
 */
@Stateless
public class VotingService {

    /** Shortest vote a moderator may open. */
    static final Duration MIN_DURATION = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private ForumService forums;

    @Inject
    private AuditService audit;

    @Inject
    private NotificationService notifications;

    @Inject
    private BallotTimer timer;

    @Inject
    private RollService roll;

    @Inject
    private Event<TallyChanged> tallyChanged;

    /** The forum's vote, for those who may see the forum. */
    public Optional<BallotView> ballot(@NotNull Long forumId) {
        forums.getVisible(forumId);
        return Optional.ofNullable(em.find(Ballot.class, forumId)).map(BallotView::of);
    }

    // ---------------------------------------------------------------- moderators

    /** Opens the vote on all of the forum's recommendations until {@code form.endsAt} (WIB). */
    public BallotView open(@NotNull Long forumId, @NotNull @Valid VotingForm form) {
        Forum forum = forums.getModerated(forumId, "vote.open");
        if (forum.getPhase() != ForumPhase.OPEN || em.find(Ballot.class, forumId) != null) {
            throw new BusinessException("vote.openOnlyFromOpenForum");
        }
        long recommendations = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM recommendation WHERE forum_id = ?")
                .setParameter(1, forumId).getSingleResult()).longValue();
        if (recommendations == 0) {
            throw new BusinessException("vote.needsRecommendations");
        }
        Instant endsAt = form.getEndsAt().atZone(Formats.ZONE).toInstant();
        if (endsAt.isBefore(Instant.now().plus(MIN_DURATION))) {
            throw new BusinessException("vote.endsTooSoon");
        }
        Ballot ballot = new Ballot(forumId, endsAt, form.getQuorumPercent(), form.getThresholdPercent(),
                form.isShowRunningTotals());
        em.persist(ballot);
        forums.advance(forumId, ForumPhase.VOTING);
        timer.closeAt(forumId, endsAt);
        audit.record("vote.open", "Forum", forumId, "until " + endsAt + ", quorum " + form.getQuorumPercent()
                + "%, threshold " + form.getThresholdPercent() + "%");
        // the people who can vote hear of it; members who are not on the roll cannot
        notifications.notifyByMail(roll.voterIds(forumId), "notify.votingOpened", forum.getTitle(),
                "/f/" + forum.getSlug() + "/voting");
        return BallotView.of(ballot);
    }

    /** A moderator closes the vote before its end time. */
    public void closeNow(@NotNull Long forumId) {
        forums.getModerated(forumId, "vote.close");
        if (!close(forumId, caller.userId())) {
            throw new BusinessException("vote.alreadyClosed");
        }
    }

    /**
     * Closes every vote whose end time has passed; run by the timer, in a transaction of its own so that a failure
     * (the database away) rolls back only this and never the timer's delivery (see {@code TimerJobs}). Returns how
     * many it closed.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int closeDue() {
        List<?> due = em.createNativeQuery("SELECT forum_id FROM ballot WHERE closed_at IS NULL AND ends_at <= ?")
                .setParameter(1, Instant.now()).getResultList();
        int closed = 0;
        for (Object forumId : due) {
            closed += close(((Number) forumId).longValue(), null) ? 1 : 0;
        }
        return closed;
    }

    /**
     * Reminds the members of each vote that ends within a day, once per vote; run by the timer.
     * A vote that ran for a day or less needs no reminder: its opening notice was recent.
     * Returns how many votes it reminded about.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remindDue() {
        Instant now = Instant.now();
        List<?> due = em.createNativeQuery("SELECT forum_id FROM ballot WHERE closed_at IS NULL AND reminded_at IS NULL"
                        + " AND ends_at > ? AND ends_at <= ? AND ends_at > opened_at + INTERVAL 1 DAY")
                .setParameter(1, now).setParameter(2, now.plus(Duration.ofDays(1))).getResultList();
        int reminded = 0;
        for (Object id : due) {
            long forumId = ((Number) id).longValue();
            // the conditional update makes the reminder single, whichever node's timer gets here first
            if (em.createNativeQuery("UPDATE ballot SET reminded_at = ? WHERE forum_id = ? AND reminded_at IS NULL")
                    .setParameter(1, now).setParameter(2, forumId).executeUpdate() == 1) {
                Forum forum = forums.get(forumId);
                notifications.notifyByMail(roll.voterIds(forumId), "notify.votingClosesSoon", forum.getTitle(),
                        "/f/" + forum.getSlug() + "/voting");
                reminded++;
            }
        }
        return reminded;
    }

    // ---------------------------------------------------------------- voters

    /** The caller's own votes in a forum (recommendation id to choice): shown to the caller alone. */
    public Map<Long, Choice> myVotes(@NotNull Long forumId) {
        forums.getVisible(forumId);
        Map<Long, Choice> mine = new HashMap<>();
        if (!caller.isAuthenticated()) {
            return mine;
        }
        for (NativeRows.Row r : NativeRows.query(em, "SELECT v.recommendation_id, v.choice FROM vote v"
                + " JOIN recommendation r ON r.id = v.recommendation_id WHERE r.forum_id = ? AND v.user_id = ?", forumId, caller.userId())) {
            mine.put(r.id("recommendation_id"), Choice.valueOf(r.string("choice")));
        }
        return mine;
    }

    /**
     * Whether the caller sees running totals now: only when the forum chose, before opening, to
     * show them, and then to everyone alike. Otherwise moderators follow the turnout alone: totals
     * that move after each vote would tell a watcher who voted what.
     */
    public boolean seesRunningTotals(@NotNull Long forumId) {
        Ballot ballot = em.find(Ballot.class, forumId);
        return ballot != null && !ballot.isClosed() && ballot.isShowRunningTotals();
    }

    /** Totals so far per recommendation, while the vote runs: totals only, never who. */
    public Map<Long, Tally> runningTotals(@NotNull Long forumId) {
        forums.getVisible(forumId);
        if (!seesRunningTotals(forumId)) {
            throw audit.refuse("vote.totals", "Forum", forumId, "vote.totalsHidden");
        }
        return totals(forumId);
    }

    /** Whether the caller follows the turnout of the running vote: moderators, and everyone where totals are shown. */
    public boolean seesTurnout(@NotNull Long forumId) {
        Ballot ballot = em.find(Ballot.class, forumId);
        return ballot != null && !ballot.isClosed() && (ballot.isShowRunningTotals() || mayModerate(forumId));
    }

    /** How many on the roll have voted so far, of how many. */
    public Turnout turnout(@NotNull Long forumId) {
        Forum forum = forums.getVisible(forumId);
        if (!seesTurnout(forumId)) {
            throw audit.refuse("vote.turnout", "Forum", forumId, "vote.totalsHidden");
        }
        int voted = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT v.user_id) FROM vote v"
                + " JOIN recommendation r ON r.id = v.recommendation_id WHERE r.forum_id = ?")
                .setParameter(1, forumId).getSingleResult()).intValue();
        return new Turnout(voted, roll.eligibleNow(forumId, forum.isCheckedInOnly()));
    }

    /** The frozen breakdown of a closed vote, per recommendation. */
    public Map<Long, List<Breakdown.Group>> breakdown(@NotNull Long forumId) {
        forums.getVisible(forumId);
        Map<Long, List<Breakdown.Group>> groups = new LinkedHashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT g.recommendation_id, g.group_key, g.agree_count, g.disagree_count,"
                + " g.abstain_count FROM recommendation_result_group g JOIN recommendation r ON r.id = g.recommendation_id"
                + " WHERE r.forum_id = ? ORDER BY g.recommendation_id, g.position", forumId)) {
            groups.computeIfAbsent(r.id("recommendation_id"), k -> new java.util.ArrayList<>())
                    .add(new Breakdown.Group(r.string("group_key"), r.integer("agree_count"), r.integer("disagree_count"),
                            r.integer("abstain_count")));
        }
        return groups;
    }

    // ---------------------------------------------------------------- closing

    /**
     * Closes the forum's vote once and freezes its results: the conditional update lets exactly
     * one caller (moderator, timer, another node) through, and waits for votes in flight.
     */
    private boolean close(long forumId, Long closedBy) {
        // closed by its end time, a vote closed at that time, even when the sweep runs a little later
        int closed = closedBy == null
                ? em.createNativeQuery("UPDATE ballot SET closed_at = ends_at, version = version + 1"
                        + " WHERE forum_id = ? AND closed_at IS NULL").setParameter(1, forumId).executeUpdate()
                : em.createNativeQuery("UPDATE ballot SET closed_at = ?, closed_by = ?, version = version + 1"
                        + " WHERE forum_id = ? AND closed_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, closedBy).setParameter(3, forumId).executeUpdate();
        if (closed == 0) {
            return false;
        }
        Forum forum = forums.get(forumId);
        // locking reads from here on: they see every vote and admission committed before the
        // close took the ballot row, whatever this transaction read before it waited for it
        int eligible = roll.eligibleAtClose(forumId, forum.isCheckedInOnly());
        int voters = ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT v.user_id) FROM vote v"
                + " JOIN recommendation r ON r.id = v.recommendation_id WHERE r.forum_id = ? LOCK IN SHARE MODE")
                .setParameter(1, forumId).getSingleResult()).intValue();
        em.createNativeQuery("UPDATE ballot SET eligible_count = ?, voter_count = ?, roll_mode = ?, min_group_size = ?"
                        + " WHERE forum_id = ?")
                .setParameter(1, eligible).setParameter(2, voters).setParameter(3, forum.getRollMode().name())
                .setParameter(4, forum.getMinGroupSize()).setParameter(5, forumId).executeUpdate();
        Ballot ballot = em.find(Ballot.class, forumId);
        em.refresh(ballot);
        Map<Long, Map<String, Tally>> byType = new LinkedHashMap<>();
        for (Object id : em.createNativeQuery("SELECT id FROM recommendation WHERE forum_id = ?").setParameter(1, forumId)
                .getResultList()) {
            byType.put(((Number) id).longValue(), new HashMap<>());
        }
        // only confirmed affiliations form groups: a claim is anyone's to make
        for (NativeRows.Row r : NativeRows.query(em, "SELECT v.recommendation_id, CASE WHEN i.id IS NULL THEN 'OTHER'"
                + " WHEN u.affiliation_confirmed_at IS NULL THEN '" + Breakdown.UNCONFIRMED + "' ELSE i.type END AS group_key,"
                + " v.choice, COUNT(*) AS votes"
                + " FROM vote v JOIN recommendation r ON r.id = v.recommendation_id JOIN shared_user u ON u.id = v.user_id"
                + " LEFT JOIN shared_institution i ON i.id = u.institution_id WHERE r.forum_id = ? GROUP BY 1, 2, 3"
                + " LOCK IN SHARE MODE", forumId)) {
            byType.get(r.id("recommendation_id")).merge(r.string("group_key"),
                    Tally.NONE.plus(Choice.valueOf(r.string("choice")), r.integer("votes")), Tally::plus);
        }
        int adopted = 0;
        for (Map.Entry<Long, Map<String, Tally>> e : byType.entrySet()) {
            Tally total = e.getValue().values().stream().reduce(Tally.NONE, Tally::plus);
            boolean isAdopted = total.adopted(eligible, ballot.getQuorumPercent(), ballot.getThresholdPercent());
            adopted += isAdopted ? 1 : 0;
            em.createNativeQuery("UPDATE recommendation SET status = ?, agree_count = ?, disagree_count = ?, abstain_count = ?"
                            + " WHERE id = ?")
                    .setParameter(1, isAdopted ? "ADOPTED" : "REJECTED").setParameter(2, total.agree())
                    .setParameter(3, total.disagree()).setParameter(4, total.abstain()).setParameter(5, e.getKey())
                    .executeUpdate();
            int position = 0;
            for (Breakdown.Group group : Breakdown.of(e.getValue(), forum.getMinGroupSize())) {
                em.createNativeQuery("INSERT INTO recommendation_result_group (recommendation_id, group_key, position,"
                                + " agree_count, disagree_count, abstain_count) VALUES (?, ?, ?, ?, ?, ?)")
                        .setParameter(1, e.getKey()).setParameter(2, group.key()).setParameter(3, position++)
                        .setParameter(4, group.tally().agree()).setParameter(5, group.tally().disagree())
                        .setParameter(6, group.tally().abstain()).executeUpdate();
            }
        }
        String detail = (closedBy == null ? "at its end time" : "early") + "; " + adopted + " of " + byType.size()
                + " adopted; " + voters + " of " + eligible + " on the roll voted";
        if (closedBy == null) {
            audit.recordSystem("vote.close", "Forum", forumId, detail);
        } else {
            audit.record("vote.close", "Forum", forumId, detail);
        }
        for (Long member : forums.memberIds(forumId)) {
            notifications.notify(member, "notify.votingClosed", forum.getTitle(), "/f/" + forum.getSlug() + "/voting");
        }
        tallyChanged.fire(new TallyChanged(forumId));
        return true;
    }

    private Map<Long, Tally> totals(Long forumId) {
        Map<Long, Tally> totals = new LinkedHashMap<>();
        for (NativeRows.Row r : NativeRows.query(em, "SELECT v.recommendation_id, v.choice, COUNT(*) AS votes FROM vote v"
                + " JOIN recommendation r ON r.id = v.recommendation_id WHERE r.forum_id = ? GROUP BY 1, 2", forumId)) {
            totals.merge(r.id("recommendation_id"), Tally.NONE.plus(Choice.valueOf(r.string("choice")), r.integer("votes")), Tally::plus);
        }
        return totals;
    }

    private boolean mayModerate(long forumId) {
        return (caller.hasRole(Role.MODERATOR) || caller.hasRole(Role.ADMIN)) && forums.canModerate(forums.get(forumId));
    }
}
