package id.sinergi.recommendation;

import id.sinergi.notification.EmailFrequency;
import id.sinergi.testing.InContainer;
import id.sinergi.testing.Sql;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditOutcome;
import id.sinergi.audit.AuditService;
import id.sinergi.forum.Forum;
import id.sinergi.forum.ForumPhase;
import id.sinergi.forum.ForumService;
import id.sinergi.forum.Visibility;
import id.sinergi.idea.IdeaForm;
import id.sinergi.idea.IdeaService;
import id.sinergi.identity.User;
import id.sinergi.identity.UserService;
import id.sinergi.notification.MailDispatcher;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Formats;
import id.sinergi.platform.Role;
import id.sinergi.platform.SinergiDataSource;
import id.sinergi.recommendation.publication.Publication;
import id.sinergi.recommendation.publication.PublicationService;
import id.sinergi.recommendation.voting.BallotTimer;
import id.sinergi.recommendation.voting.BallotBox;
import id.sinergi.recommendation.voting.BallotView;
import id.sinergi.recommendation.voting.Choice;
import id.sinergi.recommendation.voting.Tally;
import id.sinergi.recommendation.voting.Turnout;
import id.sinergi.forum.RollMode;
import id.sinergi.recommendation.voting.VotingForm;
import id.sinergi.recommendation.voting.VotingService;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.Mailbox;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drafting, the secret vote, its close (also by timer), publication and e-mail, in Payara on MariaDB. */
@ExtendWith(InContainer.class)
class RecommendationIT {


    @Inject
    RecommendationService recommendations;

    @Inject
    VotingService voting;


    @Inject

    BallotBox ballotBox;

    @Inject
    PublicationService publications;

    @Inject
    BallotTimer timer;

    @Inject
    MailDispatcher mail;

    @Inject
    IdeaService ideas;

    @Inject
    ForumService forums;

    @Inject
    UserService users;

    @Inject
    AuditService audit;

    @Inject
    Fixtures fixtures;

    @Inject
    id.sinergi.action.AssignmentService assignments;

    @Inject
    id.sinergi.action.accountability.AccountabilityService accountability;

    @AfterEach
    void anonymous() {
        TestCaller.anonymous();
    }

    /** An open public forum with a moderator, members, and two ideas by the first member. */
    private record Room(User moderator, Forum forum, Long theme, List<User> members, Long idea1, Long idea2) {
    }

    private Room room(int memberCount) {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.openForum(moderator, Visibility.PUBLIC);
        // these tests are about the vote itself: anyone who joins is on the roll (VoterRollIT covers the rolls)
        fixtures.actAs(moderator);
        forums.configureRoll(forum.getId(), RollMode.OPEN, 3, false);
        TestCaller.actAsSystemAdmin();
        Forum loaded = forums.get(forum.getId());
        Long theme = loaded.getThemes().getFirst().getId();
        String code = loaded.getJoinCode();
        List<User> members = new ArrayList<>();
        for (int i = 0; i < memberCount; i++) {
            User member = fixtures.user(Role.PARTICIPANT);
            fixtures.actAs(member);
            forums.join(code);
            members.add(member);
        }
        fixtures.actAs(members.getFirst());
        Long idea1 = ideas.post(forum.getId(), new IdeaForm(theme, "Pos pengaduan di pelabuhan", "Dijaga bergiliran.", false)).getId();
        Long idea2 = ideas.post(forum.getId(), new IdeaForm(theme, "Posko di bandara", "Dijaga BP3MI.", false)).getId();
        TestCaller.anonymous();
        return new Room(moderator, forum, theme, members, idea1, idea2);
    }

    private Long draft(Room room, String title, Long... ideaIds) {
        fixtures.actAs(room.moderator());
        return recommendations.draft(room.forum().getId(),
                new RecommendationForm(room.theme(), title, "Isi " + title, List.of(ideaIds))).getId();
    }

    private void open(Room room, Duration duration) {
        fixtures.actAs(room.moderator());
        VotingForm form = new VotingForm();
        form.setEndsAt(LocalDateTime.ofInstant(Instant.now().plus(duration), Formats.ZONE));
        voting.open(room.forum().getId(), form);
    }

    private void vote(User user, Room room, Long recommendation, Choice choice) {
        fixtures.actAs(user);
        ballotBox.vote(room.forum().getSlug(), recommendation, choice);
    }

    @Test
    void moderatorsDraftFromIdeasAndTheLinkShowsBothWays() {
        Room room = room(1);
        Long id = draft(room, "Posko terpadu", room.idea1(), room.idea2());

        fixtures.actAs(room.members().getFirst());
        RecommendationView view = recommendations.get(room.forum().getId(), id);
        assertEquals(List.of(room.idea1(), room.idea2()), view.ideas().stream().map(RecommendationView.IdeaRef::id).toList());
        assertEquals(List.of(id), recommendations.draftedFrom(room.idea1()).stream().map(RecommendationView.IdeaRef::id).toList());
        assertNull(view.result(), "no result before the vote");

        recommendations.comment(id, "Setuju, tambahkan BP3MI.");
        assertEquals(1, recommendations.countComments(id));

        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> recommendations.draft(room.forum().getId(),
                new RecommendationForm(room.theme(), "Bukan moderator", "Isi", List.of())));
        assertEquals("forum.moderatorsOnly", refused.messageKey());
        TestCaller.actAsSystemAdmin();
        assertEquals(1, audit.count(new AuditFilter(room.members().getFirst().getEmail(), "recommendation.draft", AuditOutcome.DENIED, null, null)));

        Room other = room(1);
        fixtures.actAs(room.moderator());
        BusinessException foreign = assertThrows(BusinessException.class, () -> recommendations.draft(room.forum().getId(),
                new RecommendationForm(room.theme(), "Dari forum lain", "Isi", List.of(other.idea1()))));
        assertEquals("recommendation.ideaNotInForum", foreign.messageKey());
        assertEquals(1, recommendations.list(room.forum().getId()).size(), "the refused draft left nothing behind");
    }

    @Test
    void votingOpensOnceWithRecommendationsAndAnEndInTheFutureThenFreezesTheText() throws Exception {
        Room room = room(1);
        BusinessException empty = assertThrows(BusinessException.class, () -> open(room, Duration.ofHours(1)));
        assertEquals("vote.needsRecommendations", empty.messageKey());
        Long id = draft(room, "Satgas", room.idea1());
        BusinessException soon = assertThrows(BusinessException.class, () -> open(room, Duration.ofSeconds(10)));
        assertEquals("vote.endsTooSoon", soon.messageKey());
        fixtures.actAs(room.members().getFirst());
        VotingForm byParticipant = new VotingForm();
        byParticipant.setEndsAt(LocalDateTime.now(Formats.ZONE).plusHours(1));
        assertThrows(AccessDeniedException.class, () -> voting.open(room.forum().getId(), byParticipant));

        open(room, Duration.ofHours(1));
        TestCaller.actAsSystemAdmin();
        assertEquals(ForumPhase.VOTING, forums.get(room.forum().getId()).getPhase());
        String member = room.members().getFirst().getEmail();
        assertEquals(1, Mailbox.await(member, 1, Duration.ofSeconds(20)).size(), "told that voting opened");
        voting.remindDue();
        assertEquals(0, Sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND message_key = 'notify.votingClosesSoon'",
                room.members().getFirst().getId()), "a vote of an hour gets no day-before reminder on top");
        fixtures.actAs(room.moderator());
        assertEquals("recommendation.frozenDuringVote", assertThrows(BusinessException.class,
                () -> recommendations.edit(id, new RecommendationForm(room.theme(), "Diubah", "Isi", List.of()))).messageKey());
        assertEquals("recommendation.draftOnlyWhileOpen", assertThrows(BusinessException.class,
                () -> draft(room, "Terlambat")).messageKey());
        assertEquals("vote.openOnlyFromOpenForum", assertThrows(BusinessException.class,
                () -> open(room, Duration.ofHours(2))).messageKey());
    }

    @Test
    void aVoteCountsOncePerPersonIsChangeableUntilTheCloseAndTotalsStayHiddenFromParticipants() throws Exception {
        Room room = room(2);
        Long id = draft(room, "Satu suara per orang", room.idea1());
        open(room, Duration.ofHours(1));
        User voter = room.members().getFirst();

        vote(voter, room, id, Choice.AGREE);
        vote(voter, room, id, Choice.DISAGREE);
        fixtures.actAs(voter);
        assertEquals(Choice.DISAGREE, voting.myVotes(room.forum().getId()).get(id), "the changed vote is the one that counts");
        assertThrows(AccessDeniedException.class, () -> voting.runningTotals(room.forum().getId()),
                "participants do not see running totals unless the forum shows them");
        assertNull(recommendations.get(room.forum().getId(), id).result());

        // the same person, twenty times at once: the primary key keeps one vote
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Choice>> done = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Choice choice = i % 2 == 0 ? Choice.AGREE : Choice.ABSTAIN;
            done.add(pool.submit((Callable<Choice>) () -> {
                fixtures.actAsOnThisThread(voter);
                return ballotBox.vote(room.forum().getSlug(), id, choice);
            }));
        }
        for (Future<Choice> f : done) {
            f.get();
        }
        pool.shutdown();
        vote(room.members().get(1), room, id, Choice.AGREE);
        fixtures.actAs(room.moderator());
        assertThrows(AccessDeniedException.class, () -> voting.runningTotals(room.forum().getId()),
                "moderators see no totals while the vote runs either");
        assertEquals(new Turnout(2, 2), voting.turnout(room.forum().getId()), "two people on the roll, two voted");
        fixtures.actAs(voter);
        Tally totals = new Tally(1, 0, 0).plus(voting.myVotes(room.forum().getId()).get(id), 1);
        fixtures.actAs(room.moderator());

        voting.closeNow(room.forum().getId());
        BusinessException late = assertThrows(BusinessException.class, () -> vote(voter, room, id, Choice.AGREE));
        assertEquals("vote.closed", late.messageKey());
        fixtures.actAs(room.moderator());
        assertEquals("vote.alreadyClosed", assertThrows(BusinessException.class, () -> voting.closeNow(room.forum().getId())).messageKey());
        RecommendationView result = recommendations.get(room.forum().getId(), id);
        assertEquals(2, result.result().voters());
        assertEquals(totals, new Tally(result.result().agree(), result.result().disagree(), result.result().abstain()),
                "the frozen result is what was counted at the close");
    }

    @Test
    void quorumAndThresholdDecideWhatIsAdoptedAndSmallGroupsAreMerged() {
        Room room = room(6);
        Long popular = draft(room, "Didukung", room.idea1());
        Long quiet = draft(room, "Sepi", room.idea2());
        Long split = draft(room, "Terbelah");
        open(room, Duration.ofHours(1));
        List<User> m = room.members();
        for (int i = 0; i < 4; i++) {
            vote(m.get(i), room, popular, i == 3 ? Choice.DISAGREE : Choice.AGREE);
            vote(m.get(i), room, split, i % 2 == 0 ? Choice.AGREE : Choice.DISAGREE);
        }
        vote(m.get(4), room, quiet, Choice.AGREE);
        fixtures.actAs(room.moderator());
        voting.closeNow(room.forum().getId());

        List<RecommendationView> results = recommendations.list(room.forum().getId());
        assertEquals(RecommendationStatus.ADOPTED, results.get(0).status(), "4 of 6 voted, 3 of 4 agree");
        assertEquals(RecommendationStatus.REJECTED, results.get(1).status(), "1 of 6 voted: below the 50 % quorum");
        assertEquals(RecommendationStatus.REJECTED, results.get(2).status(), "a tie is not a majority");
        BallotView ballot = voting.ballot(room.forum().getId()).orElseThrow();
        assertEquals(6, ballot.eligibleCount());
        var groups = voting.breakdown(room.forum().getId());
        assertEquals(List.of("OTHER"), groups.get(popular).stream().map(g -> g.key()).toList(),
                "participants without an institution are one group");
        assertEquals(List.of("OTHER"), groups.get(quiet).stream().map(g -> g.key()).toList());
    }

    @Test
    void theTimerClosesTheVoteAtItsEndTime() throws Exception {
        Room room = room(1);
        Long id = draft(room, "Ditutup oleh waktu", room.idea1());
        open(room, Duration.ofHours(1));
        vote(room.members().getFirst(), room, id, Choice.AGREE);
        // time passes: the vote now ends in two seconds, and the timer is set for then
        Instant end = Instant.now().plusSeconds(2);
        sql("UPDATE ballot SET ends_at = '" + java.sql.Timestamp.from(end) + "' WHERE forum_id = " + room.forum().getId());
        timer.closeAt(room.forum().getId(), end);

        Instant until = Instant.now().plusSeconds(30);
        while (voting.ballot(room.forum().getId()).map(b -> !b.closed()).orElse(true) && Instant.now().isBefore(until)) {
            Thread.sleep(250);
        }
        BallotView ballot = voting.ballot(room.forum().getId()).orElseThrow();
        assertTrue(ballot.closed(), "closed by the timer");
        assertEquals(ballot.endsAt(), ballot.closedAt(), "closed as of its end time");
        TestCaller.actAsSystemAdmin();
        assertEquals(RecommendationStatus.ADOPTED, recommendations.get(room.forum().getId(), id).status());
        assertTrue(audit.count(new AuditFilter("system", "vote.close", AuditOutcome.SUCCESS, null, null)) >= 1);
    }

    @Test
    void publishedVersionsCannotChangeAndCorrectionsBecomeANewVersion() throws Exception {
        Room room = room(3);
        Long id = draft(room, "Judul pertama", room.idea1());
        Long rejected = draft(room, "Ditolak ruangan", room.idea2());
        open(room, Duration.ofHours(1));
        for (User member : room.members()) {
            vote(member, room, id, Choice.AGREE);
            vote(member, room, rejected, Choice.DISAGREE);
        }
        fixtures.actAs(room.moderator());
        assertEquals("publication.voteNotClosed", assertThrows(BusinessException.class,
                () -> publications.publish(room.forum().getId(), "Terlalu cepat")).messageKey());
        voting.closeNow(room.forum().getId());
        fixtures.actAs(room.members().getFirst());
        assertThrows(AccessDeniedException.class, () -> publications.publish(room.forum().getId(), "Bukan moderator"));

        fixtures.actAs(room.moderator());
        assertEquals(1, publications.publish(room.forum().getId(), "Versi pertama").version());
        TestCaller.actAsSystemAdmin();
        assertEquals(ForumPhase.PUBLISHED, forums.get(room.forum().getId()).getPhase());
        Publication v1 = publications.version(room.forum().getSlug(), 1);
        assertEquals(List.of("Judul pertama"), v1.document().recommendations().stream().map(r -> r.title()).toList(),
                "only adopted recommendations are in the document");
        assertEquals(3, v1.document().recommendations().getFirst().agree());

        SQLException update = assertThrows(SQLException.class,
                () -> sql("UPDATE publication SET change_note = 'diam-diam' WHERE forum_id = " + room.forum().getId()));
        assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
        assertThrows(SQLException.class, () -> sql("DELETE FROM publication WHERE forum_id = " + room.forum().getId()));

        fixtures.actAs(room.moderator());
        assertEquals("publication.unchanged", assertThrows(BusinessException.class,
                () -> publications.publish(room.forum().getId(), "Tanpa perubahan")).messageKey());
        recommendations.edit(id, new RecommendationForm(room.theme(), "Judul yang dikoreksi", "Isi dikoreksi", List.of()));
        assertEquals(2, publications.publish(room.forum().getId(), "Koreksi judul").version());

        Publication again = publications.version(room.forum().getSlug(), 1);
        assertEquals(v1.sha256(), again.sha256(), "version 1 is exactly what it was");
        assertEquals("Judul pertama", again.document().recommendations().getFirst().title());
        Publication v2 = publications.latest(room.forum().getSlug()).orElseThrow();
        assertEquals(2, v2.version());
        assertEquals("Judul yang dikoreksi", v2.document().recommendations().getFirst().title());
        assertNotEquals(v1.sha256(), v2.sha256());
        assertEquals(3, v2.document().recommendations().getFirst().agree(), "the result stays frozen across versions");
        assertEquals(List.of(2, 1), publications.versions(room.forum().getSlug()).stream().map(Publication.Summary::version).toList());
    }

    @Test
    void mailGoesOutInEachMembersLanguageAsEachChose() throws Exception {
        Room room = room(4);
        List<User> m = room.members();
        settings(m.get(0), "id", EmailFrequency.IMMEDIATE);
        settings(m.get(1), "en", EmailFrequency.IMMEDIATE);
        settings(m.get(2), "id", EmailFrequency.DAILY);
        settings(m.get(3), "id", EmailFrequency.OFF);
        draft(room, "Dikabarkan lewat e-mail", room.idea1());
        open(room, Duration.ofDays(3));

        List<Mailbox.Mail> indonesian = Mailbox.await(m.get(0).getEmail(), 1, Duration.ofSeconds(20));
        assertEquals(1, indonesian.size());
        assertTrue(indonesian.getFirst().subject().contains("Pemungutan suara rekomendasi"), indonesian.getFirst().subject());
        assertTrue(indonesian.getFirst().body().contains("Yth. " + m.get(0).getName()), indonesian.getFirst().body());
        assertTrue(indonesian.getFirst().body().contains("/f/" + room.forum().getSlug() + "/voting"));
        List<Mailbox.Mail> english = Mailbox.await(m.get(1).getEmail(), 1, Duration.ofSeconds(20));
        assertTrue(english.getFirst().subject().contains("Voting on the recommendations"), english.getFirst().subject());
        assertTrue(english.getFirst().body().startsWith("Dear "), english.getFirst().body());
        assertEquals(0, Mailbox.of(m.get(2).getEmail()).size(), "the digest reader waits for the digest");
        assertEquals(0, Mailbox.of(m.get(3).getEmail()).size(), "no e-mail for who chose none");

        // two days pass: the vote ends within a day, one reminder however often the sweep runs
        sql("UPDATE ballot SET opened_at = UTC_TIMESTAMP(6) - INTERVAL 2 DAY, ends_at = UTC_TIMESTAMP(6) + INTERVAL 23 HOUR"
                + " WHERE forum_id = " + room.forum().getId());
        voting.remindDue();
        voting.remindDue();
        List<Mailbox.Mail> reminded = Mailbox.await(m.get(0).getEmail(), 2, Duration.ofSeconds(20));
        assertEquals(2, reminded.size());
        assertTrue(reminded.get(1).subject().contains("kurang dari 24 jam"), reminded.get(1).subject());

        assertTrue(mail.sendDigests() >= 1);
        List<Mailbox.Mail> digest = Mailbox.await(m.get(2).getEmail(), 1, Duration.ofSeconds(10));
        assertEquals(1, digest.size(), "one digest with both notices");
        assertTrue(digest.getFirst().subject().contains("Ringkasan harian: 2"), digest.getFirst().subject());
        assertTrue(digest.getFirst().body().contains(room.forum().getTitle()));
        mail.sendDigests();
        assertEquals(1, Mailbox.of(m.get(2).getEmail()).size(), "nothing twice");
        assertEquals(0, Mailbox.of(m.get(3).getEmail()).size());
    }

    @Test
    void everyReadOfAMembersOnlyForumChecksTheCallerItself() throws Exception {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum closed = fixtures.openForum(moderator, Visibility.MEMBERS);
        User member = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(member);
        forums.join(forums.get(closed.getId()).getJoinCode());
        Long theme = forums.get(closed.getId()).getThemes().getFirst().getId();
        Long idea = ideas.post(closed.getId(), new IdeaForm(theme, "Rahasia internal", "Hanya untuk anggota.", false)).getId();
        User outsider = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(outsider);
        Forum loaded = forums.get(closed.getId());
        List<org.junit.jupiter.api.function.Executable> reads = List.of(
                () -> ideas.board(loaded, id.sinergi.idea.BoardQuery.newest(), 0, 10),
                () -> voting.ballot(closed.getId()),
                () -> voting.breakdown(closed.getId()),
                () -> voting.myVotes(closed.getId()),
                () -> recommendations.draftedFrom(idea),
                () -> recommendations.findIdeas(closed.getId(), "Rahasia"),
                () -> recommendations.ideaRef(idea),
                () -> assignments.leads(1L));
        for (org.junit.jupiter.api.function.Executable read : reads) {
            assertThrows(AccessDeniedException.class, read, "a participant who is not a member reads nothing");
        }
        assertThrows(id.sinergi.platform.NotFoundException.class, () -> accountability.actions(closed.getId(),
                id.sinergi.action.ActionService.Filter.NONE, 0, 10), "no follow-up to read before publication");
        fixtures.actAs(member);
        assertEquals(List.of(idea), ideas.board(loaded, id.sinergi.idea.BoardQuery.newest(), 0, 10).stream()
                .map(id.sinergi.idea.IdeaView::id).toList(), "the member reads the board");
        assertThrows(AccessDeniedException.class, () -> recommendations.findIdeas(closed.getId(), "Rahasia"),
                "only moderators search ideas to draft from");
        fixtures.actAs(moderator);
        assertEquals(List.of(idea), recommendations.findIdeas(closed.getId(), "Rahasia").stream()
                .map(RecommendationView.IdeaRef::id).toList());
    }

    private void settings(User user, String language, EmailFrequency frequency) {
        fixtures.actAs(user);
        users.changeLanguage(user.getId(), Locale.forLanguageTag(language));
        users.changeEmailFrequency(frequency);
        TestCaller.anonymous();
    }

    private static void sql(String statement) throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup(SinergiDataSource.JNDI_NAME);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
