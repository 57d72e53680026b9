package id.sinergi.forum;

import id.sinergi.platform.Slugs;
import id.sinergi.audit.AuditService;
import id.sinergi.identity.User;
import id.sinergi.identity.UserService;
import id.sinergi.institution.InstitutionService;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Caller;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.Formats;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.forum.roll.RollService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;

/** Forums: who may see them, creating and describing them, moving their phase, joining by code. */
@Stateless
public class ForumService {

    /** Which forums a caller may see: public ones out of draft, their own, and all for admins. */
    private static final String VISIBLE = " where (:admin = true"
            + " or (f.visibility = :public and f.phase <> :draft)"
            + " or (f.phase <> :draft and exists (select m from ForumMember m where m.forumId = f.id and m.userId = :user))"
            + " or exists (select g from Forum g join g.moderators x where g = f and x.id = :user))";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditService audit;

    @Inject
    private InstitutionService institutions;

    @Inject
    private UserService users;

    @Inject
    private RollService roll;

    public List<Forum> visibleForums(int first, int pageSize) {
        TypedQuery<Forum> query = em.createQuery("select f from Forum f left join fetch f.organiser" + VISIBLE
                + " order by f.startsAt desc, f.id desc", Forum.class);
        return bindCaller(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    public long countVisibleForums() {
        return bindCaller(em.createQuery("select count(f) from Forum f" + VISIBLE, Long.class)).getSingleResult();
    }

    /**
     * The forum at {@code slug} without checking the caller: for what is public whatever the
     * forum's visibility (its published recommendations and its accountability page).
     */
    public Optional<Forum> findBySlug(String slug) {
        return em.createNamedQuery("Forum.findBySlug", Forum.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The forum at {@code slug}, if the caller may see it; refused (and audited) otherwise. */
    public Forum getBySlug(String slug) {
        Forum forum = em.createNamedQuery("Forum.findBySlug", Forum.class).setParameter("slug", slug)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("forum.notFound"));
        return visible(forum);
    }

    /** The forum with this id, if the caller may see it; refused (and audited) otherwise. */
    public Forum getVisible(Long id) {
        return visible(get(id));
    }

    private Forum visible(Forum forum) {
        requireVisible(forum);
        forum.getThemes().size();
        return forum;
    }

    public ForumAccess access(Forum forum) {
        boolean moderator = canModerate(forum);
        boolean member = moderator || isMember(forum.getId());
        return new ForumAccess(member, moderator);
    }

    public Forum create(@NotNull @Valid ForumForm form) {
        if (!caller.hasRole(Role.MODERATOR) && !caller.hasRole(Role.ADMIN)) {
            throw audit.refuse("forum.create", "Forum", null, "forum.createNotAllowed");
        }
        User creator = users.get(caller.userId());
        Forum forum = new Forum(uniqueSlug(form), uniqueJoinCode(), creator);
        describe(forum, form);
        em.persist(forum);
        em.flush();
        audit.record("forum.create", "Forum", forum.getId(), forum.getSlug());
        return forum;
    }

    public Forum update(@NotNull Long id, @NotNull @Valid ForumForm form) {
        Forum forum = get(id);
        requireModerator(forum, "forum.update");
        if (forum.getPhase() == ForumPhase.CLOSED) {
            throw new BusinessException("forum.closedReadOnly");
        }
        String slug = form.getSlug() == null || form.getSlug().isBlank() ? forum.getSlug() : form.getSlug().strip();
        if (!slug.equals(forum.getSlug())) {
            requireFreeSlug(slug);
            forum.changeSlug(slug);
        }
        describe(forum, form);
        audit.record("forum.update", "Forum", id, forum.getSlug());
        return forum;
    }

    /**
     * Moves the forum one phase forward; refused with the reason when the rules say no. Voting
     * starts and the publication happens on the recommendations page, with their own rules.
     */
    public Forum moveTo(@NotNull Long id, @NotNull ForumPhase target) {
        if (target == ForumPhase.VOTING || target == ForumPhase.PUBLISHED) {
            throw new BusinessException("phase.useRecommendationsPage");
        }
        return advance(id, target);
    }

    /**
     * The phase move itself, for the recommendation component once its own rules have passed
     * (a vote opened with an end time, a first version published).
     */
    public Forum advance(@NotNull Long id, @NotNull ForumPhase target) {
        Forum forum = get(id);
        requireModerator(forum, "forum.phase");
        Optional<String> refusal = forum.getPhase().refusalOfMoveTo(target, forum.getThemes().size());
        if (refusal.isPresent()) {
            throw new BusinessException(refusal.get());
        }
        ForumPhase from = forum.getPhase();
        forum.moveTo(target);
        audit.record("forum.phase", "Forum", id, from + " -> " + target);
        return forum;
    }

    /** Joins the caller to the forum with this code; joining twice changes nothing. */
    public Forum join(String code) {
        if (!caller.isAuthenticated()) {
            throw audit.refuse("forum.join", "Forum", null, "error.unauthenticated");
        }
        Forum forum = em.createNamedQuery("Forum.findByJoinCode", Forum.class)
                .setParameter("code", JoinCodes.normalize(code))
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("forum.joinCodeUnknown"));
        if (forum.getPhase() == ForumPhase.DRAFT || forum.getPhase() == ForumPhase.CLOSED) {
            throw new BusinessException("forum.notJoinable");
        }
        if (!users.isEmailConfirmed(caller.userId())) {
            throw audit.refuse("forum.join", "Forum", forum.getId(), "account.emailUnconfirmed");
        }
        Instant now = Instant.now();
        int added = em.createNativeQuery("INSERT IGNORE INTO forum_member (forum_id, user_id, joined_at) VALUES (?, ?, ?)")
                .setParameter(1, forum.getId())
                .setParameter(2, caller.userId())
                .setParameter(3, now)
                .executeUpdate();
        if (added > 0) {
            audit.record("forum.join", "Forum", forum.getId(), forum.getSlug());
        }
        // the code admits to the forum; to its voter roll only as the forum's roll says
        roll.enrolOnJoin(forum);
        return forum;
    }

    /**
     * How people get on the voter roll, the smallest group the results show and whether only
     * people checked in vote: set by moderators until the vote opens.
     */
    public Forum configureRoll(@NotNull Long id, @NotNull RollMode mode, int minGroupSize, boolean checkedInOnly) {
        Forum forum = get(id);
        requireModerator(forum, "forum.roll");
        if (forum.getPhase() != ForumPhase.DRAFT && forum.getPhase() != ForumPhase.OPEN) {
            throw new BusinessException("roll.settingsFrozen");
        }
        if (minGroupSize < RollMode.SMALLEST_GROUP || minGroupSize > 100) {
            throw new BusinessException("roll.minGroupInvalid", RollMode.SMALLEST_GROUP);
        }
        forum.configureRoll(mode, minGroupSize, checkedInOnly);
        audit.record("forum.roll", "Forum", id, mode + ", groups of " + minGroupSize + (checkedInOnly ? ", checked-in only" : ""));
        return forum;
    }

    /**
     * Makes the caller a member of a public forum they contribute to (members-only forums are
     * joined by code); idempotent.
     */
    public void ensureMember(Forum forum) {
        if (caller.isAuthenticated() && forum.getVisibility() == Visibility.PUBLIC) {
            em.createNativeQuery("INSERT IGNORE INTO forum_member (forum_id, user_id, joined_at) VALUES (?, ?, ?)")
                    .setParameter(1, forum.getId()).setParameter(2, caller.userId()).setParameter(3, Instant.now())
                    .executeUpdate();
        }
    }

    /** The members of a forum, for notifying them; not for showing. */
    public List<Long> memberIds(@NotNull Long forumId) {
        return em.createQuery("select m.userId from ForumMember m where m.forumId = :forum order by m.userId", Long.class)
                .setParameter("forum", forumId).getResultList();
    }

    /** The forum's moderators, for notifying them. */
    public List<Long> moderatorIds(@NotNull Long forumId) {
        return ((List<?>) em.createNativeQuery("SELECT user_id FROM forum_moderator WHERE forum_id = ? ORDER BY user_id")
                .setParameter(1, forumId).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
    }

    public long countMembers(@NotNull Long forumId) {
        return em.createQuery("select count(m) from ForumMember m where m.forumId = :forum", Long.class)
                .setParameter("forum", forumId).getSingleResult();
    }

    public boolean isMember(Long forumId) {
        return caller.isAuthenticated() && !em.createQuery(
                        "select m.forumId from ForumMember m where m.forumId = :forum and m.userId = :user", Long.class)
                .setParameter("forum", forumId).setParameter("user", caller.userId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Forum get(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Forum.class, id))
                .orElseThrow(() -> new NotFoundException("forum.notFound"));
    }

    /** The forum, if the caller moderates it; refused (and audited as {@code action}) otherwise. */
    public Forum getModerated(@NotNull Long id, String action) {
        Forum forum = get(id);
        requireModerator(forum, action);
        return forum;
    }

    public boolean canModerate(Forum forum) {
        return caller.hasRole(Role.ADMIN) || (caller.hasRole(Role.MODERATOR) && forum.isModeratedBy(caller.userId()));
    }

    private void requireModerator(Forum forum, String action) {
        if (!canModerate(forum)) {
            throw audit.refuse(action, "Forum", forum.getId(), "forum.moderatorsOnly");
        }
    }

    private void requireVisible(Forum forum) {
        if (canModerate(forum)) {
            return;
        }
        if (forum.getPhase() == ForumPhase.DRAFT) {
            // a draft is not there for anyone but its moderators
            throw new NotFoundException("forum.notFound");
        }
        if (forum.getVisibility() == Visibility.MEMBERS && !isMember(forum.getId())) {
            throw audit.refuse("forum.read", "Forum", forum.getId(), "forum.membersOnly");
        }
    }

    private void describe(Forum forum, ForumForm form) {
        Instant starts = toInstant(form.getStartsAt());
        Instant ends = toInstant(form.getEndsAt());
        if (starts != null && ends != null && ends.isBefore(starts)) {
            throw new BusinessException("forum.endsBeforeStart");
        }
        Map<String, String> themes = new LinkedHashMap<>();
        for (String theme : form.getThemes()) {
            if (theme != null && !theme.isBlank()) {
                if (theme.strip().length() > Theme.NAME_MAX) {
                    throw new BusinessException("forum.themeTooLong", Theme.NAME_MAX);
                }
                themes.putIfAbsent(theme.strip().toLowerCase(Locale.ROOT), theme.strip());
            }
        }
        forum.describe(form.getTitle().strip(), blankToNull(form.getDescription()), blankToNull(form.getVenue()),
                starts, ends, form.getOrganiserId() == null ? null : institutions.get(form.getOrganiserId()),
                form.getVisibility());
        forum.replaceThemes(List.copyOf(themes.values()));
        forum.configureIdeas(form.getIdeaLimit(), form.isHideSupportCounts());
    }

    private String uniqueSlug(ForumForm form) {
        if (form.getSlug() != null && !form.getSlug().isBlank()) {
            String slug = form.getSlug().strip();
            requireFreeSlug(slug);
            return slug;
        }
        String base = Slugs.of(form.getTitle());
        if (base.isEmpty()) {
            base = "forum";
        }
        String slug = base;
        for (int n = 2; slugTaken(slug); n++) {
            String suffix = "-" + n;
            slug = (base.length() + suffix.length() > Slugs.MAX ? base.substring(0, Slugs.MAX - suffix.length()) : base) + suffix;
        }
        return slug;
    }

    private void requireFreeSlug(String slug) {
        if (!Slugs.isValid(slug)) {
            throw new BusinessException("forum.slugInvalid");
        }
        if (slugTaken(slug)) {
            throw new ConflictException("forum.slugTaken", slug);
        }
    }

    private boolean slugTaken(String slug) {
        return !em.createQuery("select f.id from Forum f where f.slug = :slug", Long.class)
                .setParameter("slug", slug).getResultList().isEmpty();
    }

    private String uniqueJoinCode() {
        while (true) {
            String code = JoinCodes.generate();
            if (em.createQuery("select f.id from Forum f where f.joinCode = :code", Long.class)
                    .setParameter("code", code).getResultList().isEmpty()) {
                return code;
            }
        }
    }

    private <T> TypedQuery<T> bindCaller(TypedQuery<T> query) {
        Long user = caller.userId();
        return query.setParameter("admin", caller.hasRole(Role.ADMIN)).setParameter("user", user == null ? -1L : user)
                .setParameter("public", Visibility.PUBLIC).setParameter("draft", ForumPhase.DRAFT);
    }

    private static Instant toInstant(LocalDateTime wib) {
        return wib == null ? null : wib.atZone(Formats.ZONE).toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
