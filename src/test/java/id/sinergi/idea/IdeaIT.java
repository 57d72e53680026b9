package id.sinergi.idea;

import id.sinergi.testing.InContainer;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditOutcome;
import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.forum.Visibility;
import id.sinergi.identity.User;
import id.sinergi.notification.NotificationService;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.testing.Sql;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.NotFoundException;
import id.sinergi.platform.Role;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ideas, supports, comments and moderation in Payara on MariaDB. */
@ExtendWith(InContainer.class)
class IdeaIT {


    @Inject
    IdeaService ideas;

    @Inject
    CommentService discussion;

    @Inject
    ModerationService moderation;

    @Inject
    ForumService forums;

    @Inject
    AuditService audit;

    @Inject
    NotificationService notifications;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void anonymous() {
        TestCaller.anonymous();
    }

    private record Room(User moderator, Forum forum, Long theme) {
    }

    private Room room(Visibility visibility) {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.openForum(moderator, visibility);
        TestCaller.actAsSystemAdmin();
        Long theme = forums.get(forum.getId()).getThemes().get(0).getId();
        TestCaller.anonymous();
        return new Room(moderator, forum, theme);
    }

    private Idea post(Room room, User author, String title, boolean anonymous) {
        fixtures.actAs(author);
        return ideas.post(room.forum().getId(), new IdeaForm(room.theme(), title, "Uraian " + title, anonymous));
    }

    @Test
    void aParticipantPostsAnIdeaThatShowsOnTheBoard() {
        Room room = room(Visibility.PUBLIC);
        User author = fixtures.user(Role.PARTICIPANT);
        Idea idea = post(room, author, "Sosialisasi di sekolah", false);

        TestCaller.anonymous();
        List<IdeaView> board = ideas.board(forums.get(room.forum().getId()), BoardQuery.newest(), 0, 20);
        assertEquals(1, board.size());
        assertEquals(idea.getId(), board.get(0).id());
        assertEquals(author.getName(), board.get(0).authorName());
        fixtures.actAs(author);
        assertTrue(forums.isMember(room.forum().getId()), "posting in a public forum makes you a member");
    }

    @Test
    void anonymousIdeasHideTheAuthorFromOtherParticipantsButNotFromModerators() {
        Room room = room(Visibility.PUBLIC);
        User author = fixtures.user(Role.PARTICIPANT);
        Idea idea = post(room, author, "Laporan tanpa nama", true);

        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        assertNull(ideas.get(idea.getId()).authorName());
        assertNull(ideas.board(forums.get(room.forum().getId()), BoardQuery.newest(), 0, 5).get(0).authorName());
        TestCaller.anonymous();
        assertNull(ideas.get(idea.getId()).authorName());
        fixtures.actAs(author);
        assertEquals(author.getName(), ideas.get(idea.getId()).authorName(), "the author sees their own name");
        fixtures.actAs(room.moderator());
        assertEquals(author.getName(), ideas.get(idea.getId()).authorName(), "moderators still see the author");
    }

    @Test
    void theAuthorEditsOrWithdrawsOnlyUntilSomeoneReacts() {
        Room room = room(Visibility.PUBLIC);
        User author = fixtures.user(Role.PARTICIPANT);
        Idea idea = post(room, author, "Versi pertama", false);
        ideas.edit(idea.getId(), new IdeaForm(room.theme(), "Versi kedua", "Uraian baru", false));
        assertEquals("Versi kedua", ideas.get(idea.getId()).title());

        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        assertThrows(AccessDeniedException.class,
                () -> ideas.edit(idea.getId(), new IdeaForm(room.theme(), "Dibajak", "x", false)), "not the author");
        ideas.support(idea.getId());

        fixtures.actAs(author);
        assertEquals("idea.alreadyDiscussed", assertThrows(BusinessException.class,
                () -> ideas.edit(idea.getId(), new IdeaForm(room.theme(), "Versi ketiga", "x", false))).messageKey());
        assertThrows(BusinessException.class, () -> ideas.withdraw(idea.getId()));

        fixtures.actAs(room.moderator());
        ideas.edit(idea.getId(), new IdeaForm(room.theme(), "Disunting moderator", "Uraian rapi", false));
        TestCaller.actAsSystemAdmin();
        assertEquals(1, audit.count(new AuditFilter(room.moderator().getEmail(), "idea.moderatorEdit", AuditOutcome.SUCCESS, null, null)),
                "moderator edits are audited");
        assertTrue(audit.search(new AuditFilter(room.moderator().getEmail(), "idea.moderatorEdit", null, null, null), 0, 1)
                .get(0).getDetail().contains("Versi kedua"), "with what it was before");
    }

    @Test
    void contributionsNeedAnOpenForumAndMembership() {
        Room room = room(Visibility.MEMBERS);
        User outsider = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(outsider);
        assertThrows(AccessDeniedException.class,
                () -> ideas.post(room.forum().getId(), new IdeaForm(room.theme(), "Dari luar", "x", false)));
        TestCaller.anonymous();
        assertThrows(AccessDeniedException.class,
                () -> ideas.post(room.forum().getId(), new IdeaForm(room.theme(), "Tanpa masuk", "x", false)));

        User member = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(member);
        forums.join(room.forum().getJoinCode());
        Idea idea = ideas.post(room.forum().getId(), new IdeaForm(room.theme(), "Dari anggota", "x", false));

        fixtures.actAs(room.moderator());
        forums.advance(room.forum().getId(), ForumPhase.VOTING);
        fixtures.actAs(member);
        assertEquals("idea.forumNotOpen", assertThrows(BusinessException.class,
                () -> ideas.post(room.forum().getId(), new IdeaForm(room.theme(), "Terlambat", "x", false))).messageKey());
        assertThrows(BusinessException.class, () -> ideas.support(idea.getId()));
        assertThrows(BusinessException.class, () -> discussion.comment(idea.getId(), null, "Terlambat"));
        assertEquals("idea.themeUnknown", assertThrows(BusinessException.class, () -> {
            Room other = room(Visibility.PUBLIC);
            fixtures.actAs(member);
            ideas.post(other.forum().getId(), new IdeaForm(room.theme(), "Tema forum lain", "x", false));
        }).messageKey());
    }

    @Test
    void fiftyConcurrentSupportsCountFiftyAndADoubleSupportCountsOnce() throws Exception {
        Room room = room(Visibility.PUBLIC);
        Idea idea = post(room, fixtures.user(Role.PARTICIPANT), "Didukung bersama", false);
        List<User> supporters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            supporters.add(fixtures.user(Role.PARTICIPANT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(25);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (User supporter : supporters) {
            done.add(pool.submit(() -> {
                fixtures.actAsOnThisThread(supporter);
                start.await();
                ideas.support(idea.getId());
                ideas.support(idea.getId());
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        TestCaller.anonymous();
        assertEquals(50, ideas.get(idea.getId()).supportCount());

        fixtures.actAs(supporters.get(0));
        assertEquals(49, ideas.unsupport(idea.getId()));
        assertEquals(49, ideas.unsupport(idea.getId()), "taking back twice changes nothing");
        assertFalse(ideas.get(idea.getId()).supportedByMe());
    }

    @Test
    void hiddenCountsStayHiddenFromParticipantsUntilVoting() {
        User moderator = fixtures.user(Role.MODERATOR);
        fixtures.actAs(moderator);
        var form = Fixtures.forumForm(Fixtures.unique("Tersembunyi"), Visibility.PUBLIC, "Tema");
        form.setHideSupportCounts(true);
        form.setIdeaLimit(1);
        Forum forum = forums.create(form);
        forums.moveTo(forum.getId(), ForumPhase.OPEN);
        Room room = new Room(moderator, forum, forums.get(forum.getId()).getThemes().get(0).getId());
        User author = fixtures.user(Role.PARTICIPANT);
        Idea idea = post(room, author, "Satu-satunya", false);
        assertEquals("idea.limitReached", assertThrows(BusinessException.class,
                () -> post(room, author, "Kedua", false)).messageKey(), "the per-forum limit holds");
        ideas.support(idea.getId());

        assertNull(ideas.get(idea.getId()).supportCount(), "participants do not see counts");
        fixtures.actAs(moderator);
        assertEquals(1, ideas.get(idea.getId()).supportCount(), "moderators do");
        forums.advance(forum.getId(), ForumPhase.VOTING);
        fixtures.actAs(author);
        assertEquals(1, ideas.get(idea.getId()).supportCount(), "everyone once voting starts");
    }

    @Test
    void mergingCarriesSupportsOverWithoutCountingAnyoneTwice() {
        Room room = room(Visibility.PUBLIC);
        Idea target = post(room, fixtures.user(Role.PARTICIPANT), "Razia agen ilegal", false);
        Idea duplicate = post(room, fixtures.user(Role.PARTICIPANT), "Penertiban agen perekrut ilegal", false);
        User both = fixtures.user(Role.PARTICIPANT);
        User onlyTarget = fixtures.user(Role.PARTICIPANT);
        User onlyDuplicate = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(both);
        ideas.support(target.getId());
        ideas.support(duplicate.getId());
        fixtures.actAs(onlyTarget);
        ideas.support(target.getId());
        fixtures.actAs(onlyDuplicate);
        ideas.support(duplicate.getId());

        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        assertThrows(AccessDeniedException.class, () -> moderation.merge(duplicate.getId(), target.getId()));
        fixtures.actAs(room.moderator());
        moderation.merge(duplicate.getId(), target.getId());

        IdeaView merged = ideas.get(duplicate.getId());
        assertEquals(IdeaStatus.MERGED, merged.status());
        assertEquals(target.getId(), merged.mergedIntoId(), "the duplicate stays readable and points to the target");
        assertEquals(3, ideas.get(target.getId()).supportCount(), "2 + 2 supports, one person in both");
        assertEquals(List.of(duplicate.getId()), ideas.mergedInto(target.getId()).stream().map(IdeaView::id).toList());
        assertThrows(BusinessException.class, () -> moderation.merge(target.getId(), target.getId()));
    }

    @Test
    void reportedItemsComeFirstAndHidingTellsTheAuthor() throws Exception {
        Room room = room(Visibility.PUBLIC);
        User author = fixtures.user(Role.PARTICIPANT);
        Idea idea = post(room, author, "Isi yang bermasalah", false);
        Idea other = post(room, fixtures.user(Role.PARTICIPANT), "Isi yang baik", false);
        var comment = discussion.comment(other.getId(), null, "Komentar kasar");

        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        moderation.report(idea.getId(), null, "Menyinggung instansi");
        moderation.report(null, comment.getId(), "Kata-kata kasar");
        TestCaller.anonymous();
        assertThrows(AccessDeniedException.class, () -> moderation.report(idea.getId(), null, "Anonim"));

        fixtures.actAs(author);
        assertThrows(AccessDeniedException.class, () -> moderation.reported(room.forum().getId()));
        fixtures.actAs(room.moderator());
        List<FlaggedItem> queue = moderation.reported(room.forum().getId());
        assertEquals(2, queue.size());
        assertEquals("Menyinggung instansi", queue.stream().filter(r -> r.commentId() == null).findFirst().orElseThrow().reason());

        moderation.hide(idea.getId(), "Tidak sesuai tema");
        moderation.hideComment(comment.getId(), "Bahasa kasar");
        assertEquals(0, moderation.reported(room.forum().getId()).size(), "handled reports leave the queue");

        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        assertThrows(NotFoundException.class, () -> ideas.get(idea.getId()), "hidden from others");
        assertEquals(1, ideas.board(forums.get(room.forum().getId()), BoardQuery.newest(), 0, 10).size());
        assertEquals(null, discussion.comments(other.getId(), false, 0, 10).get(0).body(), "hidden comment text not shown");
        fixtures.actAs(author);
        assertEquals("Tidak sesuai tema", ideas.get(idea.getId()).hiddenReason(), "the author sees why");
        assertEquals(1, notifications.unreadCount(), "and is told in the app");

        fixtures.actAs(room.moderator());
        moderation.restore(idea.getId(), "Sudah diperjelas");
        TestCaller.anonymous();
        assertEquals(IdeaStatus.VISIBLE, ideas.get(idea.getId()).status());

        // a hidden comment restored: only by a moderator, with a reason, and its author is told
        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        assertThrows(AccessDeniedException.class, () -> moderation.restoreComment(comment.getId(), "Saya kira wajar"));
        fixtures.actAs(room.moderator());
        moderation.restoreComment(comment.getId(), "Sudah diperbaiki penulisnya");
        fixtures.actAs(fixtures.user(Role.PARTICIPANT));
        assertEquals("Komentar kasar", discussion.comments(other.getId(), false, 0, 10).get(0).body(), "shown again to everyone");
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND message_key = 'notification.commentRestored'",
                comment.getAuthorId()), "its author is told");
    }

    @Test
    void commentsHaveOneLevelOfRepliesAndArePaged() {
        Room room = room(Visibility.PUBLIC);
        Idea idea = post(room, fixtures.user(Role.PARTICIPANT), "Diskusi panjang", false);
        User commenter = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(commenter);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(discussion.comment(idea.getId(), null, "Komentar " + i).getId());
        }
        discussion.comment(idea.getId(), ids.get(0), "Balasan pertama");
        discussion.comment(idea.getId(), ids.get(0), "Balasan kedua");
        Long reply = discussion.comment(idea.getId(), ids.get(1), "Balasan lain").getId();
        assertEquals("comment.replyOnlyToComment",
                assertThrows(BusinessException.class, () -> discussion.comment(idea.getId(), reply, "Balasan dari balasan")).messageKey());

        assertEquals(25, discussion.countComments(idea.getId()));
        List<CommentView> oldest = discussion.comments(idea.getId(), false, 0, 10);
        assertEquals(10, oldest.size());
        assertEquals("Komentar 0", oldest.get(0).body());
        assertEquals(List.of("Balasan pertama", "Balasan kedua"), oldest.get(0).replies().stream().map(CommentView::body).toList());
        assertEquals("Komentar 24", discussion.comments(idea.getId(), true, 0, 10).get(0).body());
        assertEquals(5, discussion.comments(idea.getId(), false, 20, 10).size());
        assertEquals(28, ideas.get(idea.getId()).commentCount());
    }

    @Test
    void searchFindsIndonesianWordsAndFiltersCombine() {
        Room room = room(Visibility.PUBLIC);
        User author = fixtures.user(Role.PARTICIPANT);
        post(room, author, "Pelatihan petugas pelabuhan", false);
        post(room, author, "Kampanye media sosial", false);
        fixtures.actAs(author);
        ideas.post(room.forum().getId(), new IdeaForm(room.theme(), "Pengawasan pelabuhan tikus",
                "Jalur keberangkatan nonprosedural lewat pelabuhan kecil", false));
        Forum forum = forums.get(room.forum().getId());

        assertEquals(2, ideas.count(forum, new BoardQuery(null, null, "pelabuhan", BoardQuery.Sort.NEWEST)));
        assertEquals(1, ideas.count(forum, new BoardQuery(null, null, "nonprosedural", BoardQuery.Sort.NEWEST)));
        assertEquals(1, ideas.count(forum, new BoardQuery(null, null, "kampa", BoardQuery.Sort.NEWEST)), "prefixes match");
        assertEquals(3, ideas.count(forum, new BoardQuery(room.theme(), null, "  ", BoardQuery.Sort.NEWEST)));
        assertEquals(0, ideas.count(forum, new BoardQuery(room.theme(), IdeaStatus.MERGED, null, BoardQuery.Sort.NEWEST)));

        // count and page share one search per request; an idea posted in between is found by the next search
        BoardQuery harbour = new BoardQuery(null, null, "pelabuhan", BoardQuery.Sort.NEWEST);
        assertEquals(List.of("Pengawasan pelabuhan tikus", "Pelatihan petugas pelabuhan"),
                ideas.board(forum, harbour, 0, 20).stream().map(IdeaView::title).toList());
        assertEquals(List.of("Pelatihan petugas pelabuhan"), ideas.board(forum, harbour, 1, 20).stream().map(IdeaView::title).toList());
        fixtures.actAs(author);
        ideas.post(room.forum().getId(), new IdeaForm(room.theme(), "Pos pengaduan di pelabuhan", "Nomor pengaduan di ruang tunggu", false));
        assertEquals(3, ideas.count(forum, harbour));
    }
}
