package id.sinergi.forum.roll;

import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.RollMode;
import id.sinergi.forum.Visibility;
import id.sinergi.identity.AffiliationService;
import id.sinergi.identity.ImportReport;
import id.sinergi.identity.PeopleCsv;
import id.sinergi.identity.User;
import id.sinergi.identity.UserService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.NativeRows;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.platform.SqlIds;
import id.sinergi.platform.Tokens;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.constraints.NotNull;

import java.io.InputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A forum's voter roll. Moderators (and admins) form it; helpers they name check people in; the
 * vote asks it who may vote and how many count. Writes are single conditional statements, so
 * admitting twice, or a badge scanned by two helpers at once, changes the row once.
 */
@Stateless
public class RollService {

    /** At most this many attendees per invitation file. */
    public static final int IMPORT_MAX_ROWS = 2_000;
    /** Length of the code on a voter's badge (32 symbols: 50 bits). */
    public static final int BADGE_CODE_LENGTH = 10;
    private static final Pattern BADGE = Pattern.compile("[A-Z0-9]{6,16}");
    private static final String ENTRY = "SELECT u.id, u.name, u.email, i.name AS institution, u.affiliation_confirmed_at, v.status, v.source,"
            + " v.requested_at, v.invited_at, v.accepted_at, v.checked_in_at, v.badge_code"
            + " FROM forum_voter v JOIN shared_user u ON u.id = v.user_id LEFT JOIN shared_institution i ON i.id = u.institution_id";

    /** Someone on the roll as the check-in desk sees them. */
    private static final String CHECK_IN = "SELECT v.user_id, u.name, i.name AS institution, v.status, v.checked_in_at"
            + " FROM forum_voter v JOIN shared_user u ON u.id = v.user_id LEFT JOIN shared_institution i ON i.id = u.institution_id";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private UserService users;

    @Inject
    private AffiliationService affiliations;

    @Inject
    private InstitutionService institutions;

    @Inject
    private NotificationService notifications;

    @Resource
    private SessionContext context;

    // ---------------------------------------------------------------- participants

    /**
     * After the caller joined {@code forum} with its code: on the roll of an open forum, in the
     * queue of an admission forum, nothing in an invited one. A row that exists stays as it is.
     */
    public void enrolOnJoin(@NotNull Forum forum) {
        if (!caller.isAuthenticated() || caller.userId() == null || forum.getRollMode() == RollMode.INVITED) {
            return;
        }
        boolean open = forum.getRollMode() == RollMode.OPEN;
        enrol(forum.getId(), caller.userId(), open ? VoterStatus.ADMITTED : VoterStatus.PENDING, open ? "OPEN" : "REQUESTED");
    }

    /** The caller's place on the forum's roll. */
    public Standing standing(@NotNull Long forumId) {
        Forum forum = forum(forumId);
        if (!caller.isAuthenticated() || caller.userId() == null) {
            return new Standing(forum.getRollMode(), null, false, forum.isCheckedInOnly(), false, false);
        }
        Optional<NativeRows.Row> row = NativeRows.first(em, "SELECT status, checked_in_at FROM forum_voter"
                + " WHERE forum_id = ? AND user_id = ?", forumId, caller.userId());
        boolean member = !em.createNativeQuery("SELECT 1 FROM forum_member WHERE forum_id = ? AND user_id = ?")
                .setParameter(1, forumId).setParameter(2, caller.userId()).getResultList().isEmpty();
        return row.map(r -> new Standing(forum.getRollMode(), VoterStatus.valueOf(r.string("status")),
                        r.get("checked_in_at") != null, forum.isCheckedInOnly(), member, true))
                .orElse(new Standing(forum.getRollMode(), null, false, forum.isCheckedInOnly(), member, true));
    }

    /** A member of an admission forum asks to be put on the roll; asking twice changes nothing. */
    public void requestAdmission(@NotNull Long forumId) {
        Forum forum = forum(forumId);
        if (!caller.isAuthenticated() || caller.userId() == null) {
            throw audit.refuse("roll.request", "Forum", forumId, "error.unauthenticated");
        }
        if (forum.getRollMode() != RollMode.ADMISSION) {
            throw new BusinessException("roll.requestOnlyInAdmission");
        }
        if (!users.isEmailConfirmed(caller.userId())) {
            throw audit.refuse("roll.request", "Forum", forumId, "account.emailUnconfirmed");
        }
        if (!standing(forumId).member()) {
            throw audit.refuse("roll.request", "Forum", forumId, "roll.joinFirst");
        }
        enrol(forumId, caller.userId(), VoterStatus.PENDING, "REQUESTED");
    }

    /**
     * For the vote path, when the caller is not on the roll yet ({@link VoterCheck} looked): in an open forum the first
     * vote puts a member on the roll (once per person), anywhere else the vote is refused with the reason.
     */
    public void admitOnFirstVote(long forumId, RollMode mode, boolean checkedInOnly, Visibility visibility) {
        Long user = caller.userId();
        if (user == null) {
            throw audit.refuse("vote.cast", "Forum", forumId, "error.unauthenticated");
        }
        if (mode != RollMode.OPEN) {
            throw audit.refuse("vote.cast", "Forum", forumId, mode == RollMode.ADMISSION ? "roll.why.request" : "roll.why.invitedOnly");
        }
        if (checkedInOnly) {
            throw audit.refuse("vote.cast", "Forum", forumId, "roll.why.checkIn");
        }
        boolean member = !em.createNativeQuery("SELECT 1 FROM forum_member WHERE forum_id = ? AND user_id = ?")
                .setParameter(1, forumId).setParameter(2, user).getResultList().isEmpty();
        if (!member && visibility != Visibility.PUBLIC) {
            throw audit.refuse("vote.cast", "Forum", forumId, "forum.membersOnly");
        }
        if (!users.isEmailConfirmed(user)) {
            throw audit.refuse("vote.cast", "Forum", forumId, "account.emailUnconfirmed");
        }
        if (!member) {
            // voting in a public forum makes one a member, as contributing does
            em.createNativeQuery("INSERT IGNORE INTO forum_member (forum_id, user_id, joined_at) VALUES (?, ?, ?)")
                    .setParameter(1, forumId).setParameter(2, user).setParameter(3, Instant.now()).executeUpdate();
        }
        enrol(forumId, user, VoterStatus.ADMITTED, "OPEN");
    }

    /**
     * The people who count at the close: on the roll (and checked in where the forum says so),
     * read with a locking read so that an admission committed just before the close is counted
     * whatever the closing transaction read earlier.
     */
    public int eligibleAtClose(long forumId, boolean checkedInOnly) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM forum_voter WHERE forum_id = ? AND status = 'ADMITTED'"
                        + (checkedInOnly ? " AND checked_in_at IS NOT NULL" : "") + " LOCK IN SHARE MODE")
                .setParameter(1, forumId).getSingleResult()).intValue();
    }

    /** The people on the roll, for telling them the vote opened or closes soon; not for showing. */
    public List<Long> voterIds(long forumId) {
        return ((List<?>) em.createNativeQuery("SELECT user_id FROM forum_voter WHERE forum_id = ? AND status = 'ADMITTED'"
                        + " ORDER BY user_id").setParameter(1, forumId).getResultList()).stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    /** The people who count now (turnout while the vote runs): a number, shown where the turnout is. */
    public int eligibleNow(long forumId, boolean checkedInOnly) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM forum_voter WHERE forum_id = ? AND status = 'ADMITTED'"
                        + (checkedInOnly ? " AND checked_in_at IS NOT NULL" : ""))
                .setParameter(1, forumId).getSingleResult()).intValue();
    }

    // ---------------------------------------------------------------- moderators

    public RollSummary summary(@NotNull Long forumId) {
        Forum forum = moderated(forumId, "roll.read", true);
        Map<String, Integer> byStatus = new HashMap<>();
        int checkedIn = 0;
        for (NativeRows.Row r : NativeRows.query(em, "SELECT status, COUNT(*) AS people, COUNT(checked_in_at) AS checked_in"
                + " FROM forum_voter WHERE forum_id = ? GROUP BY status", forumId)) {
            byStatus.put(r.string("status"), r.integer("people"));
            if (VoterStatus.ADMITTED.name().equals(r.string("status"))) {
                checkedIn = r.integer("checked_in");
            }
        }
        return new RollSummary(forum.getRollMode(), byStatus.getOrDefault("ADMITTED", 0), byStatus.getOrDefault("PENDING", 0),
                byStatus.getOrDefault("DECLINED", 0), checkedIn, forum.isCheckedInOnly(), forum.getMinGroupSize());
    }

    /** One page of the roll (or its queue, or the declined), found by name or e-mail; oldest request first. */
    public List<RollEntry> list(@NotNull Long forumId, VoterStatus status, String text, int first, int pageSize) {
        moderated(forumId, "roll.read", true);
        NativeRows.Select select = NativeRows.select(em, ENTRY + where(status, text)
                + " ORDER BY v.requested_at, v.user_id LIMIT ? OFFSET ?");
        int n = bind(select.query(), forumId, status, text);
        select.query().setParameter(n, pageSize).setParameter(n + 1, first);
        return select.list().stream().map(RollService::entry).toList();
    }

    public long count(@NotNull Long forumId, VoterStatus status, String text) {
        moderated(forumId, "roll.read", true);
        Query query = em.createNativeQuery("SELECT COUNT(*) FROM forum_voter v JOIN shared_user u ON u.id = v.user_id"
                + where(status, text));
        bind(query, forumId, status, text);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Admits people waiting in the queue; returns how many were admitted now. */
    public int admit(@NotNull Long forumId, @NotNull Collection<Long> userIds) {
        Forum forum = moderated(forumId, "roll.admit", false);
        if (userIds.isEmpty()) {
            return 0;
        }
        String in = SqlIds.list(userIds);
        @SuppressWarnings("unchecked")
        List<Object> admitted = em.createNativeQuery("SELECT user_id FROM forum_voter WHERE forum_id = ? AND status = 'PENDING'"
                + " AND user_id IN (" + in + ") FOR UPDATE").setParameter(1, forumId).getResultList();
        if (admitted.isEmpty()) {
            return 0;
        }
        int changed = em.createNativeQuery("UPDATE forum_voter SET status = 'ADMITTED', decided_at = ?, decided_by = ?"
                        + " WHERE forum_id = ? AND status = 'PENDING' AND user_id IN (" + SqlIds.list(admitted) + ")")
                .setParameter(1, Instant.now()).setParameter(2, caller.userId()).setParameter(3, forumId).executeUpdate();
        audit.record("roll.admit", "Forum", forumId, changed + " admitted");
        notifications.notifyByMail(admitted.stream().map(id -> ((Number) id).longValue()).toList(), "notify.admitted",
                forum.getTitle(), "/f/" + forum.getSlug() + "/voting");
        return changed;
    }

    /**
     * Declines people in the queue, or takes people off the roll before the vote opens (once it
     * has opened, the roll only grows: the quorum's base stays what voters saw).
     */
    public int decline(@NotNull Long forumId, @NotNull Collection<Long> userIds) {
        Forum forum = moderated(forumId, "roll.decline", false);
        if (userIds.isEmpty()) {
            return 0;
        }
        boolean beforeVote = forum.getPhase() == ForumPhase.DRAFT || forum.getPhase() == ForumPhase.OPEN;
        int changed = em.createNativeQuery("UPDATE forum_voter SET status = 'DECLINED', decided_at = ?, decided_by = ?"
                        + " WHERE forum_id = ? AND user_id IN (" + SqlIds.list(userIds) + ") AND status "
                        + (beforeVote ? "<> 'DECLINED'" : "= 'PENDING'"))
                .setParameter(1, Instant.now()).setParameter(2, caller.userId()).setParameter(3, forumId).executeUpdate();
        if (changed < userIds.size() && !beforeVote) {
            throw new BusinessException("roll.onlyGrowsDuringVote");
        }
        audit.record("roll.decline", "Forum", forumId, changed + " declined");
        return changed;
    }

    /** Invites people who have accounts: on the roll, affiliation confirmed, a personal link by e-mail. */
    public int invite(@NotNull Long forumId, @NotNull Collection<Long> userIds) {
        Forum forum = moderated(forumId, "roll.invite", false);
        int invited = 0;
        for (Long userId : new HashSet<>(userIds)) {
            User user = users.get(userId);
            invited += invite(forum, user.getId(), Tokens.newToken()) ? 1 : 0;
        }
        audit.record("roll.invite", "Forum", forumId, invited + " invited");
        return invited;
    }

    /**
     * Invites the attendees of a CSV file (UTF-8, header: name, email, institution; or nama,
     * email, instansi). People without an account get one, with the institution of the list
     * confirmed; each good row is committed on its own and each bad row reported by line.
     */
    public ImportReport importInvitations(@NotNull Long forumId, @NotNull InputStream csv) {
        moderated(forumId, "roll.invite", false);
        RollService self = context.getBusinessObject(RollService.class);
        ImportReport report = PeopleCsv.read(csv, IMPORT_MAX_ROWS, institutions.findAll(), person -> {
            self.inviteRow(forumId, person.name(), person.email(), person.institutionId());
            return new ImportReport.Imported(person.line(), person.email(), null);
        });
        audit.record("roll.import", "Forum", forumId, report.imported().size() + " invited, " + report.rejected().size() + " rejected");
        return report;
    }

    /** One attendee of an invitation file, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void inviteRow(@NotNull Long forumId, @NotNull String name, @NotNull String email, Long institutionId) {
        Forum forum = moderated(forumId, "roll.invite", false);
        String token = Tokens.newToken();
        Optional<User> existing = users.findByEmail(email);
        User user = existing.orElseGet(() -> users.createInvitee(name, email, institutionId, token));
        invite(forum, user.getId(), token);
    }

    private boolean invite(Forum forum, Long userId, String token) {
        Instant now = Instant.now();
        int changed = em.createNativeQuery("INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, decided_at,"
                        + " decided_by, invite_hash, invited_at, badge_code) VALUES (?, ?, 'ADMITTED', 'INVITED', ?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE status = 'ADMITTED', decided_at = VALUES(decided_at),"
                        + " decided_by = VALUES(decided_by), invite_hash = VALUES(invite_hash), invited_at = VALUES(invited_at)")
                .setParameter(1, forum.getId()).setParameter(2, userId).setParameter(3, now).setParameter(4, now)
                .setParameter(5, caller.userId()).setParameter(6, Tokens.sha256(token)).setParameter(7, now)
                .setParameter(8, Tokens.newCode(BADGE_CODE_LENGTH)).executeUpdate();
        em.createNativeQuery("INSERT IGNORE INTO forum_member (forum_id, user_id, joined_at) VALUES (?, ?, ?)")
                .setParameter(1, forum.getId()).setParameter(2, userId).setParameter(3, now).executeUpdate();
        // the organiser's list names the institution: an invitation confirms the affiliation
        affiliations.confirm(userId);
        notifications.mailNow(userId, "notify.invited", forum.getTitle(), "/invite?t=" + token);
        return changed > 0;
    }

    /** The roll's badges for printing, in name order: moderators only. */
    public List<RollEntry> badges(@NotNull Long forumId) {
        moderated(forumId, "roll.badges", false);
        return NativeRows.query(em, ENTRY + " WHERE v.forum_id = ? AND v.status = 'ADMITTED' ORDER BY u.name, u.id", forumId)
                .stream().map(RollService::entry).toList();
    }

    /** Names someone (by e-mail) who may check people in at the venue. */
    public void addHelper(@NotNull Long forumId, @NotNull String email) {
        moderated(forumId, "roll.helper", false);
        User user = users.findByEmail(email).orElseThrow(() -> new NotFoundException("user.notFound"));
        em.createNativeQuery("INSERT IGNORE INTO forum_helper (forum_id, user_id) VALUES (?, ?)")
                .setParameter(1, forumId).setParameter(2, user.getId()).executeUpdate();
        audit.record("roll.helper", "Forum", forumId, user.getEmail());
    }

    public List<String> helpers(@NotNull Long forumId) {
        moderated(forumId, "roll.read", false);
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("SELECT u.name FROM forum_helper h JOIN shared_user u ON u.id = h.user_id"
                + " WHERE h.forum_id = ? ORDER BY u.name").setParameter(1, forumId).getResultList();
        return names;
    }

    // ---------------------------------------------------------------- check-in at the venue

    /** Who a badge belongs to, for the page that confirms the check-in. */
    public Optional<CheckIn> badge(@NotNull Long forumId, String code) {
        moderated(forumId, "roll.checkIn", true);
        return findBadge(forumId, code).map(r -> checkInOf(r, false));
    }

    /** Checks in the holder of a scanned badge; a second scan changes nothing and says when it was. */
    public CheckIn checkInByBadge(@NotNull Long forumId, String code) {
        moderated(forumId, "roll.checkIn", true);
        NativeRows.Row row = findBadge(forumId, code).orElseThrow(() -> new NotFoundException("roll.badgeUnknown"));
        return checkIn(forumId, row.id("user_id"));
    }

    /** Checks in someone on the roll found by name. */
    public CheckIn checkIn(@NotNull Long forumId, @NotNull Long userId) {
        moderated(forumId, "roll.checkIn", true);
        int changed = em.createNativeQuery("UPDATE forum_voter SET checked_in_at = ?, checked_in_by = ? WHERE forum_id = ?"
                        + " AND user_id = ? AND status = 'ADMITTED' AND checked_in_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, caller.userId()).setParameter(3, forumId)
                .setParameter(4, userId).executeUpdate();
        NativeRows.Row row = NativeRows.first(em, CHECK_IN + " WHERE v.forum_id = ? AND v.user_id = ?", forumId, userId)
                .orElseThrow(() -> new NotFoundException("roll.notOnRoll"));
        if (!VoterStatus.ADMITTED.name().equals(row.string("status"))) {
            throw new BusinessException("roll.notOnRoll");
        }
        if (changed > 0) {
            audit.record("roll.checkIn", "Forum", forumId, String.valueOf(userId));
        }
        return checkInOf(row, changed > 0);
    }

    /** People on the roll whose name or e-mail contains {@code text}, for checking in by name: at most 20. */
    public List<RollEntry> findForCheckIn(@NotNull Long forumId, String text) {
        moderated(forumId, "roll.checkIn", true);
        if (text == null || text.strip().length() < 2) {
            return List.of();
        }
        NativeRows.Select select = NativeRows.select(em, ENTRY + where(VoterStatus.ADMITTED, text) + " ORDER BY u.name, u.id LIMIT 20");
        bind(select.query(), forumId, VoterStatus.ADMITTED, text);
        return select.list().stream().map(RollService::entry).toList();
    }

    // ---------------------------------------------------------------- invitation links

    /** What an invitation link stands for; the link itself is the credential to read it. */
    public Optional<Invitation> invitation(String token) {
        if (!Tokens.looksValid(token)) {
            return Optional.empty();
        }
        return NativeRows.first(em, "SELECT f.id AS forum_id, f.slug, f.title, u.id AS user_id, u.name, u.email,"
                        + " u.password_set, v.accepted_at FROM forum_voter v JOIN forum f ON f.id = v.forum_id"
                        + " JOIN shared_user u ON u.id = v.user_id WHERE v.invite_hash = ?", Tokens.sha256(token))
                .map(r -> new Invitation(r.id("forum_id"), r.string("slug"), r.string("title"), r.id("user_id"),
                        r.string("name"), r.string("email"), r.bool("password_set"), r.instant("accepted_at")));
    }

    /** The invited person, logged in, accepts: the link admits exactly the person it was sent to. */
    public Invitation acceptInvitation(String token) {
        Invitation invitation = invitation(token).orElseThrow(() -> new NotFoundException("roll.invitationUnknown"));
        if (!invitation.userId().equals(caller.userId())) {
            throw audit.refuse("roll.accept", "Forum", invitation.forumId(), "roll.invitationForSomeoneElse");
        }
        int changed = em.createNativeQuery("UPDATE forum_voter SET accepted_at = ? WHERE invite_hash = ? AND accepted_at IS NULL")
                .setParameter(1, Instant.now()).setParameter(2, Tokens.sha256(token)).executeUpdate();
        if (changed > 0) {
            audit.record("roll.accept", "Forum", invitation.forumId(), null);
        }
        return invitation;
    }

    // ---------------------------------------------------------------- helpers

    private int enrol(Long forumId, Long userId, VoterStatus status, String source) {
        Instant now = Instant.now();
        return em.createNativeQuery("INSERT IGNORE INTO forum_voter (forum_id, user_id, status, source, requested_at,"
                        + " decided_at, badge_code) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, forumId).setParameter(2, userId).setParameter(3, status.name()).setParameter(4, source)
                .setParameter(5, now).setParameter(6, status == VoterStatus.ADMITTED ? now : null)
                .setParameter(7, Tokens.newCode(BADGE_CODE_LENGTH)).executeUpdate();
    }

    private Forum forum(Long forumId) {
        return Optional.ofNullable(forumId == null ? null : em.find(Forum.class, forumId))
                .orElseThrow(() -> new NotFoundException("forum.notFound"));
    }

    private boolean mayModerate(Forum forum) {
        return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.MODERATOR) && forum.isModeratedBy(caller.userId());
    }

    private boolean isHelper(Long forumId) {
        return caller.userId() != null && !em.createNativeQuery("SELECT 1 FROM forum_helper WHERE forum_id = ? AND user_id = ?")
                .setParameter(1, forumId).setParameter(2, caller.userId()).getResultList().isEmpty();
    }

    /** The forum, if the caller moderates it (or, with {@code helpers}, checks people in there). */
    private Forum moderated(Long forumId, String action, boolean helpers) {
        Forum forum = forum(forumId);
        if (caller.apiTokenId() != null || !(mayModerate(forum) || helpers && isHelper(forumId))) {
            throw audit.refuse(action, "Forum", forumId, "forum.moderatorsOnly");
        }
        return forum;
    }

    private Optional<NativeRows.Row> findBadge(Long forumId, String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!BADGE.matcher(normalized).matches()) {
            return Optional.empty();
        }
        return NativeRows.first(em, CHECK_IN + " WHERE v.forum_id = ? AND v.badge_code = ?", forumId, normalized);
    }

    private static CheckIn checkInOf(NativeRows.Row r, boolean justNow) {
        return new CheckIn(r.id("user_id"), r.string("name"), r.string("institution"), VoterStatus.valueOf(r.string("status")),
                r.instant("checked_in_at"), justNow);
    }

    private static String where(VoterStatus status, String text) {
        return " WHERE v.forum_id = ?" + (status == null ? "" : " AND v.status = ?")
                + (text == null || text.isBlank() ? "" : " AND (u.name LIKE ? OR u.email LIKE ?)");
    }

    private static int bind(Query query, Long forumId, VoterStatus status, String text) {
        int n = 1;
        query.setParameter(n++, forumId);
        if (status != null) {
            query.setParameter(n++, status.name());
        }
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            query.setParameter(n++, like);
            query.setParameter(n++, like);
        }
        return n;
    }

    private static RollEntry entry(NativeRows.Row r) {
        return new RollEntry(r.id("id"), r.string("name"), r.string("email"), r.string("institution"),
                r.get("affiliation_confirmed_at") != null, VoterStatus.valueOf(r.string("status")), r.string("source"),
                r.instant("requested_at"), r.instant("invited_at"), r.instant("accepted_at"), r.instant("checked_in_at"),
                r.string("badge_code"));
    }

}
