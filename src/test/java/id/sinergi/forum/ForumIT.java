package id.sinergi.forum;

import id.sinergi.platform.Slugs;
import id.sinergi.testing.InContainer;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditOutcome;
import id.sinergi.audit.AuditService;
import id.sinergi.identity.User;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Forum creation, phases, joining and who may see what, in Payara on MariaDB. */
@ExtendWith(InContainer.class)
class ForumIT {


    @Inject
    ForumService forums;

    @Inject
    AuditService audit;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void anonymous() {
        TestCaller.anonymous();
    }

    @Test
    void aModeratorCreatesAForumWithSlugJoinCodeAndThemes() {
        User moderator = fixtures.user(Role.MODERATOR);
        fixtures.actAs(moderator);
        String title = "Diskusi Panel " + Fixtures.unique("Uji");
        ForumForm form = Fixtures.forumForm(title, Visibility.PUBLIC, "Pencegahan", " Penegakan hukum ", "", "pencegahan");
        form.setStartsAt(LocalDateTime.of(2026, 12, 10, 9, 0));
        form.setEndsAt(LocalDateTime.of(2026, 12, 10, 15, 0));
        Forum forum = forums.create(form);

        assertEquals(Slugs.of(title), forum.getSlug());
        assertEquals(JoinCodes.LENGTH, forum.getJoinCode().length());
        assertEquals(ForumPhase.DRAFT, forum.getPhase());
        assertEquals(List.of("Pencegahan", "Penegakan hukum"),
                forums.getBySlug(forum.getSlug()).getThemes().stream().map(Theme::getName).toList(),
                "blank and repeated themes dropped");
        assertEquals("2026-12-10T02:00:00Z", forum.getStartsAt().toString(), "09.00 WIB stored as UTC");

        Forum second = forums.create(Fixtures.forumForm(title, Visibility.PUBLIC, "Tema"));
        assertEquals(forum.getSlug() + "-2", second.getSlug(), "a taken slug gets a number");
        assertNotEquals(forum.getJoinCode(), second.getJoinCode());
    }

    @Test
    void participantsAndLeadsCannotCreateForums() {
        for (Role role : new Role[]{Role.PARTICIPANT, Role.INSTITUTION_LEAD}) {
            fixtures.actAs(fixtures.user(role));
            assertThrows(AccessDeniedException.class,
                    () -> forums.create(Fixtures.forumForm(Fixtures.unique("Tidak boleh"), Visibility.PUBLIC, "T")));
        }
        TestCaller.anonymous();
        assertThrows(AccessDeniedException.class,
                () -> forums.create(Fixtures.forumForm(Fixtures.unique("Tidak boleh"), Visibility.PUBLIC, "T")));
    }

    @Test
    void theForumModeratorMovesPhasesForwardAndTheRulesRefuseTheRest() {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.forum(moderator, Visibility.PUBLIC);
        fixtures.actAs(moderator);

        BusinessException skip = assertThrows(BusinessException.class, () -> forums.advance(forum.getId(), ForumPhase.VOTING));
        assertEquals("phase.oneStepAtATime", skip.messageKey());
        assertEquals(ForumPhase.OPEN, forums.moveTo(forum.getId(), ForumPhase.OPEN).getPhase());
        BusinessException voting = assertThrows(BusinessException.class, () -> forums.moveTo(forum.getId(), ForumPhase.VOTING));
        assertEquals("phase.useRecommendationsPage", voting.messageKey(), "a vote opens with an end time, on its own page");
        assertEquals(ForumPhase.VOTING, forums.advance(forum.getId(), ForumPhase.VOTING).getPhase());
        BusinessException back = assertThrows(BusinessException.class, () -> forums.moveTo(forum.getId(), ForumPhase.OPEN));
        assertEquals("phase.noGoingBack", back.messageKey());
        assertEquals(ForumPhase.VOTING, forums.get(forum.getId()).getPhase());
        TestCaller.actAsSystemAdmin();
        assertEquals(2, audit.count(new AuditFilter(moderator.getEmail(), "forum.phase", AuditOutcome.SUCCESS, null, null)) ,
                "each move is audited");
    }

    @Test
    void aForumWithoutThemesCannotOpen() {
        User moderator = fixtures.user(Role.MODERATOR);
        fixtures.actAs(moderator);
        Forum forum = forums.create(Fixtures.forumForm(Fixtures.unique("Tanpa tema"), Visibility.PUBLIC));
        BusinessException e = assertThrows(BusinessException.class, () -> forums.moveTo(forum.getId(), ForumPhase.OPEN));
        assertEquals("phase.needsTheme", e.messageKey());
    }

    @Test
    void onlyItsModeratorsAndAdminsMoveAForumAndRefusalsAreAudited() {
        User owner = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.forum(owner, Visibility.PUBLIC);
        User otherModerator = fixtures.user(Role.MODERATOR);
        User participant = fixtures.user(Role.PARTICIPANT);
        for (User outsider : new User[]{otherModerator, participant}) {
            fixtures.actAs(outsider);
            assertThrows(AccessDeniedException.class, () -> forums.moveTo(forum.getId(), ForumPhase.OPEN));
            assertThrows(AccessDeniedException.class,
                    () -> forums.update(forum.getId(), Fixtures.forumForm("Dibajak", Visibility.PUBLIC, "T")));
        }
        TestCaller.actAsSystemAdmin();
        assertEquals(ForumPhase.DRAFT, forums.get(forum.getId()).getPhase(), "refusals changed nothing");
        assertEquals(2, audit.count(new AuditFilter(participant.getEmail(), "forum.", AuditOutcome.DENIED, null, null)));
        assertEquals(ForumPhase.OPEN, forums.moveTo(forum.getId(), ForumPhase.OPEN).getPhase(), "an admin may");
    }

    @Test
    void participantsJoinByCodeOnceAndOnlyWhenTheForumIsOpenForThem() {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.forum(moderator, Visibility.MEMBERS);
        User participant = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(participant);
        assertEquals("forum.notJoinable", assertThrows(BusinessException.class, () -> forums.join(forum.getJoinCode())).messageKey(),
                "a draft takes nobody");
        fixtures.actAs(moderator);
        forums.moveTo(forum.getId(), ForumPhase.OPEN);

        fixtures.actAs(participant);
        assertThrows(AccessDeniedException.class, () -> forums.getBySlug(forum.getSlug()), "members only");
        String typed = " " + forum.getJoinCode().toLowerCase().substring(0, 3) + "-" + forum.getJoinCode().substring(3) + " ";
        assertEquals(forum.getId(), forums.join(typed).getId());
        assertEquals(forum.getId(), forums.join(forum.getJoinCode()).getId(), "joining twice is harmless");
        assertTrue(forums.isMember(forum.getId()));
        assertEquals(forum.getSlug(), forums.getBySlug(forum.getSlug()).getSlug());
        assertThrows(NotFoundException.class, () -> forums.join("ZZZZZZ"));
        TestCaller.anonymous();
        assertThrows(AccessDeniedException.class, () -> forums.join(forum.getJoinCode()));
    }

    @Test
    void visitorsSeePublicForumsButNotDraftsOrOthersMembersOnlyForums() {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum draft = fixtures.forum(moderator, Visibility.PUBLIC);
        Forum members = fixtures.forum(moderator, Visibility.MEMBERS);
        Forum open = fixtures.forum(moderator, Visibility.PUBLIC);
        fixtures.actAs(moderator);
        forums.moveTo(members.getId(), ForumPhase.OPEN);
        forums.moveTo(open.getId(), ForumPhase.OPEN);

        TestCaller.anonymous();
        List<String> anonymous = visibleSlugs();
        assertTrue(anonymous.contains(open.getSlug()));
        assertFalse(anonymous.contains(draft.getSlug()));
        assertFalse(anonymous.contains(members.getSlug()));
        assertThrows(NotFoundException.class, () -> forums.getBySlug(draft.getSlug()));
        assertThrows(AccessDeniedException.class, () -> forums.getBySlug(members.getSlug()));

        fixtures.actAs(moderator);
        List<String> own = visibleSlugs();
        assertTrue(own.containsAll(List.of(draft.getSlug(), members.getSlug(), open.getSlug())));
        assertEquals(forums.countVisibleForums(), (long) visibleSlugsCount());
    }

    private List<String> visibleSlugs() {
        return forums.visibleForums(0, 1000).stream().map(Forum::getSlug).toList();
    }

    private int visibleSlugsCount() {
        return forums.visibleForums(0, 100_000).size();
    }
}
