package id.sinergi.forum;

import id.sinergi.testing.InContainer;
import id.sinergi.forum.roll.RollService;
import id.sinergi.forum.roll.VoterStatus;
import id.sinergi.identity.AffiliationService;
import id.sinergi.identity.User;
import id.sinergi.identity.UserForm;
import id.sinergi.identity.UserService;
import id.sinergi.idea.IdeaForm;
import id.sinergi.idea.IdeaService;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Formats;
import id.sinergi.platform.Role;
import id.sinergi.platform.ThrottledException;
import id.sinergi.recommendation.RecommendationForm;
import id.sinergi.recommendation.RecommendationService;
import id.sinergi.recommendation.RecommendationStatus;
import id.sinergi.recommendation.publication.Publication;
import id.sinergi.recommendation.publication.PublicationService;
import id.sinergi.recommendation.voting.BallotBox;
import id.sinergi.recommendation.voting.BallotView;
import id.sinergi.recommendation.voting.Breakdown;
import id.sinergi.recommendation.voting.Choice;
import id.sinergi.recommendation.voting.VotingForm;
import id.sinergi.recommendation.voting.VotingService;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.Sql;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The voter roll as an attacker tries it: accounts registered in bulk that claim an institution
 * and confirm their own addresses cannot vote on an invited or admission roll, cannot change the
 * eligible count, and cannot make a lone real voter's group visible; in an open forum they vote,
 * but the published document says "open" and only confirmed affiliations form groups.
 */
@ExtendWith(InContainer.class)
class VoterRollIT {


    @Inject
    Fixtures fixtures;

    @Inject
    ForumService forums;

    @Inject
    RollService roll;

    @Inject
    UserService users;

    @Inject
    AffiliationService affiliations;

    @Inject
    IdeaService ideas;

    @Inject
    RecommendationService recommendations;

    @Inject
    VotingService voting;


    @Inject

    BallotBox ballotBox;

    @Inject
    PublicationService publications;

    @AfterEach
    void anonymous() {
        TestCaller.anonymous();
    }

    /** A forum with its roll formed as {@code mode}, three real voters invited, one recommendation, the vote open. */
    private record Panel(User moderator, Forum forum, List<User> invited, Long recommendation, Institution agency) {
    }

    private Panel panel(RollMode mode) {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.openForum(moderator, Visibility.PUBLIC);
        Institution agency = fixtures.institution(Fixtures.unique("Biro Perjalanan"), InstitutionType.TRAVEL_AGENCY, null);
        Institution office = fixtures.institution(Fixtures.unique("Kantor Imigrasi"), InstitutionType.IMMIGRATION, null);
        List<User> invited = List.of(fixtures.user(agency.getId(), Role.PARTICIPANT), fixtures.user(office.getId(), Role.PARTICIPANT),
                fixtures.user(office.getId(), Role.PARTICIPANT));
        fixtures.actAs(moderator);
        forums.configureRoll(forum.getId(), mode, 5, false);
        roll.invite(forum.getId(), invited.stream().map(User::getId).toList());
        Long theme = forums.get(forum.getId()).getThemes().getFirst().getId();
        Long recommendation = recommendations.draft(forum.getId(),
                new RecommendationForm(theme, "Satgas TPPO bersama", "Isi rekomendasi.", List.of())).getId();
        VotingForm form = new VotingForm();
        form.setEndsAt(LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), Formats.ZONE));
        voting.open(forum.getId(), form);
        TestCaller.anonymous();
        return new Panel(moderator, forum, invited, recommendation, agency);
    }

    /**
     * What an attacker does from one machine: registers accounts claiming an institution (from as
     * many addresses as it takes), confirms each address from the mail, and joins with the code.
     */
    private List<User> fakeAccounts(int count, Long claimedInstitution, Forum forum) throws Exception {
        List<User> fakes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = Fixtures.unique("palsu") + "@uji.sinergi.test";
            TestCaller.anonymous();
            User fake = users.register(new UserForm("Akun Palsu " + i, email, "kata-sandi-palsu", claimedInstitution),
                    "198.51.100." + (i % 200)).orElseThrow();
            users.confirmEmail(confirmationToken(fake.getId()));
            fixtures.actAs(users.get(fake.getId()));
            forums.join(forum.getJoinCode());
            fakes.add(fake);
        }
        TestCaller.anonymous();
        return fakes;
    }

    private static String confirmationToken(Long userId) throws Exception {
        try (Connection c = Sql.connect(); PreparedStatement s = c.prepareStatement(
                "SELECT link FROM notification WHERE user_id = ? AND message_key = 'notify.confirmEmail' ORDER BY id DESC LIMIT 1")) {
            s.setLong(1, userId);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "a confirmation e-mail was queued");
                Matcher m = Pattern.compile("t=([A-Za-z0-9_-]{43})").matcher(rs.getString(1));
                assertTrue(m.find());
                return m.group(1);
            }
        }
    }

    private void vote(User user, Panel panel, Choice choice) {
        fixtures.actAs(user);
        ballotBox.vote(panel.forum().getSlug(), panel.recommendation(), choice);
    }

    private void close(Panel panel) {
        fixtures.actAs(panel.moderator());
        voting.closeNow(panel.forum().getId());
    }

    @Test
    void bulkAccountsCannotVoteOnAnInvitedRollNorMoveItsQuorumNorExposeALoneVoter() throws Exception {
        Panel panel = panel(RollMode.INVITED);
        List<User> fakes = fakeAccounts(10, panel.agency().getId(), panel.forum());
        for (User fake : fakes) {
            AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> vote(fake, panel, Choice.DISAGREE));
            assertEquals("roll.why.invitedOnly", refused.messageKey());
        }
        for (User real : panel.invited()) {
            vote(real, panel, Choice.AGREE);
        }
        close(panel);

        BallotView ballot = voting.ballot(panel.forum().getId()).orElseThrow();
        assertEquals(3, ballot.eligibleCount(), "the roll, not everyone who joined with the code");
        assertEquals(3, ballot.voterCount());
        assertEquals("INVITED", ballot.rollMode());
        fixtures.actAs(panel.moderator());
        assertEquals(RecommendationStatus.ADOPTED, recommendations.get(panel.forum().getId(), panel.recommendation()).status(),
                "3 of 3 real votes in favour: adopted whatever ten fake accounts wanted");
        List<Breakdown.Group> groups = voting.breakdown(panel.forum().getId()).get(panel.recommendation());
        assertEquals(List.of(new Breakdown.Group(Breakdown.OTHER, 3, 0, 0)), groups, "three voters: no group of five to show");
    }

    @Test
    void onAnAdmissionRollJoinersWaitAndOnlyThoseAdmittedCount() throws Exception {
        Panel panel = panel(RollMode.ADMISSION);
        List<User> fakes = fakeAccounts(4, panel.agency().getId(), panel.forum());
        User real = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(real);
        forums.join(panel.forum().getJoinCode());

        fixtures.actAs(fakes.getFirst());
        assertEquals("roll.why.pending", assertThrows(AccessDeniedException.class,
                () -> ballotBox.vote(panel.forum().getSlug(), panel.recommendation(), Choice.DISAGREE)).messageKey());
        fixtures.actAs(panel.moderator());
        assertEquals(5, roll.count(panel.forum().getId(), VoterStatus.PENDING, null), "four fakes and one real person wait");
        assertEquals(1, roll.admit(panel.forum().getId(), List.of(real.getId())));
        assertEquals(0, roll.admit(panel.forum().getId(), List.of(real.getId())), "admitting twice changes nothing");
        assertEquals(4, roll.decline(panel.forum().getId(), fakes.stream().map(User::getId).toList()));
        assertEquals("roll.why.declined", assertThrows(AccessDeniedException.class,
                () -> vote(fakes.get(1), panel, Choice.DISAGREE)).messageKey());
        assertEquals("forum.moderatorsOnly", assertThrows(AccessDeniedException.class, () -> {
            fixtures.actAs(real);
            roll.admit(panel.forum().getId(), fakes.stream().map(User::getId).toList());
        }).messageKey(), "a participant admits nobody");

        vote(real, panel, Choice.AGREE);
        vote(panel.invited().getFirst(), panel, Choice.AGREE);
        close(panel);
        assertEquals(4, voting.ballot(panel.forum().getId()).orElseThrow().eligibleCount(), "three invited and one admitted");
    }

    @Test
    void inAnOpenForumClaimsVoteButFormNoGroupAndTheDocumentSaysOpen() throws Exception {
        Panel panel = panel(RollMode.OPEN);
        // the published attack: two accounts claiming the agency beside its one real voter, who disagrees
        List<User> fakes = fakeAccounts(2, panel.agency().getId(), panel.forum());
        List<User> officials = new ArrayList<>();
        Institution office = fixtures.institution(Fixtures.unique("Dinas"), InstitutionType.GOVERNMENT, null);
        for (int i = 0; i < 5; i++) {
            User official = fixtures.user(office.getId(), Role.PARTICIPANT);
            fixtures.actAs(official);
            forums.join(panel.forum().getJoinCode());
            officials.add(official);
        }
        List<User> unaffiliated = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            User person = fixtures.user(Role.PARTICIPANT);
            fixtures.actAs(person);
            forums.join(panel.forum().getJoinCode());
            unaffiliated.add(person);
        }
        vote(panel.invited().getFirst(), panel, Choice.DISAGREE);
        for (User fake : fakes) {
            vote(fake, panel, Choice.AGREE);
        }
        for (User official : officials) {
            vote(official, panel, Choice.AGREE);
        }
        for (User person : unaffiliated) {
            vote(person, panel, Choice.AGREE);
        }
        close(panel);

        List<Breakdown.Group> groups = voting.breakdown(panel.forum().getId()).get(panel.recommendation());
        assertEquals(List.of(new Breakdown.Group("GOVERNMENT", 5, 0, 0), new Breakdown.Group(Breakdown.OTHER, 5, 1, 0)), groups,
                "confirmed affiliations form groups; the claims are not counted as the agency, and her vote is not shown apart");

        // the same votes with a smaller "other": it takes in the smallest named group rather than stand at three
        assertEquals(List.of(new Breakdown.Group(Breakdown.OTHER, 7, 1, 0)), Breakdown.of(Map.of("GOVERNMENT",
                new id.sinergi.recommendation.voting.Tally(5, 0, 0), "TRAVEL_AGENCY", new id.sinergi.recommendation.voting.Tally(0, 1, 0),
                Breakdown.UNCONFIRMED, new id.sinergi.recommendation.voting.Tally(2, 0, 0)), 5));

        fixtures.actAs(panel.moderator());
        Publication.Summary published = publications.publish(panel.forum().getId(), "Versi pertama");
        Publication document = publications.version(panel.forum().getSlug(), published.version());
        assertEquals("OPEN", document.document().rollMode(), "the document says how the roll was formed");
        assertEquals(13, document.document().eligibleVoters(), "three invited; two fakes, five officials and three others joined");
        assertEquals(11, document.document().voters());
        assertEquals(5, document.document().minGroupSize());
    }

    @Test
    void aClaimIsConfirmedByALeadAboveItOrAModeratorOfTheForumNotByAnyone() throws Exception {
        Institution kanwil = fixtures.institution(Fixtures.unique("Kanwil"), InstitutionType.IMMIGRATION, null);
        Institution kanim = fixtures.institution(Fixtures.unique("Kanim"), InstitutionType.IMMIGRATION, kanwil.getId());
        Institution other = fixtures.institution(Fixtures.unique("Polres"), InstitutionType.LAW_ENFORCEMENT, null);
        User lead = fixtures.user(kanwil.getId(), Role.INSTITUTION_LEAD);
        User otherLead = fixtures.user(other.getId(), Role.INSTITUTION_LEAD);
        TestCaller.anonymous();
        User claimant = users.register(new UserForm("Pegawai Kanim", Fixtures.unique("klaim") + "@uji.sinergi.test",
                "kata-sandi-kuat", kanim.getId()), "203.0.113.7").orElseThrow();
        assertEquals(null, users.get(claimant.getId()).getAffiliationConfirmedAt(), "a self-registered institution is a claim");

        fixtures.actAs(otherLead);
        assertFalse(affiliations.queue(0, 50).stream().anyMatch(c -> c.userId().equals(claimant.getId())));
        assertEquals("affiliation.notYours", assertThrows(AccessDeniedException.class,
                () -> affiliations.confirm(claimant.getId())).messageKey());
        fixtures.actAs(claimant);
        assertThrows(AccessDeniedException.class, () -> affiliations.confirm(claimant.getId()), "nobody confirms themselves");

        fixtures.actAs(lead);
        assertTrue(affiliations.queue(0, 50).stream().anyMatch(c -> c.userId().equals(claimant.getId())),
                "the lead of the office above sees the claim");
        affiliations.confirm(claimant.getId());
        TestCaller.actAsSystemAdmin();
        assertTrue(users.get(claimant.getId()).getAffiliationConfirmedAt() != null);
    }

    @Test
    void registrationIsThrottledPerAddressAndANewAccountJoinsOnlyOnceItsAddressIsConfirmed() throws Exception {
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        // the throttle counts per clock minute: six registrations straddling a minute's end are two windows
        long intoMinute = System.currentTimeMillis() % 60_000;
        if (intoMinute > 45_000) {
            Thread.sleep(60_000 - intoMinute + 100);
        }
        List<User> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(users.register(new UserForm("Cepat " + i, Fixtures.unique("cepat") + "@uji.sinergi.test",
                    "kata-sandi-kuat", null), address).orElseThrow());
        }
        ThrottledException throttled = assertThrows(ThrottledException.class, () -> users.register(
                new UserForm("Keenam", Fixtures.unique("cepat") + "@uji.sinergi.test", "kata-sandi-kuat", null), address));
        assertEquals(429, throttled.httpStatus());
        users.register(new UserForm("Tetangga", Fixtures.unique("lain") + "@uji.sinergi.test", "kata-sandi-kuat", null),
                address + "0");

        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.openForum(moderator, Visibility.PUBLIC);
        fixtures.actAs(users.get(made.getFirst().getId()));
        assertEquals("account.emailUnconfirmed", assertThrows(AccessDeniedException.class,
                () -> forums.join(forum.getJoinCode())).messageKey());
        assertEquals(java.util.Optional.empty(), users.confirmEmail("x".repeat(43)), "a made-up link confirms nothing");
        users.confirmEmail(confirmationToken(made.getFirst().getId()));
        forums.join(forum.getJoinCode());
        assertTrue(forums.isMember(forum.getId()));
    }

    @Test
    void rollSettingsAreFrozenOnceTheVoteOpensAndTheRollOnlyGrowsDuringIt() throws Exception {
        Panel panel = panel(RollMode.INVITED);
        fixtures.actAs(panel.moderator());
        assertEquals("roll.settingsFrozen", assertThrows(BusinessException.class,
                () -> forums.configureRoll(panel.forum().getId(), RollMode.OPEN, 5, false)).messageKey());
        assertEquals("roll.onlyGrowsDuringVote", assertThrows(BusinessException.class,
                () -> roll.decline(panel.forum().getId(), List.of(panel.invited().getFirst().getId()))).messageKey());
        Forum another = fixtures.forum(panel.moderator(), Visibility.PUBLIC);
        fixtures.actAs(panel.moderator());
        assertEquals("roll.minGroupInvalid", assertThrows(BusinessException.class,
                () -> forums.configureRoll(another.getId(), RollMode.OPEN, 2, false)).messageKey(), "no forum shows groups under three");
        assertEquals(3, roll.summary(panel.forum().getId()).admitted());
    }

    @Test
    void onlyPeopleCheckedInVoteWhereTheForumSaysSoAndABadgeChecksInOnce() throws Exception {
        User moderator = fixtures.user(Role.MODERATOR);
        Forum forum = fixtures.openForum(moderator, Visibility.PUBLIC);
        User here = fixtures.user(Role.PARTICIPANT);
        User away = fixtures.user(Role.PARTICIPANT);
        User helper = fixtures.user(Role.PARTICIPANT);
        fixtures.actAs(moderator);
        forums.configureRoll(forum.getId(), RollMode.INVITED, 5, true);
        roll.invite(forum.getId(), List.of(here.getId(), away.getId()));
        roll.addHelper(forum.getId(), helper.getEmail());
        String badge = roll.badges(forum.getId()).stream().filter(e -> e.userId().equals(here.getId())).findFirst()
                .orElseThrow().badgeCode();
        Long theme = forums.get(forum.getId()).getThemes().getFirst().getId();
        Long recommendation = recommendations.draft(forum.getId(), new RecommendationForm(theme, "Hadir", "Isi", List.of())).getId();
        VotingForm form = new VotingForm();
        form.setEndsAt(LocalDateTime.ofInstant(Instant.now().plusSeconds(3600), Formats.ZONE));
        voting.open(forum.getId(), form);

        fixtures.actAs(here);
        assertEquals("roll.why.checkIn", assertThrows(AccessDeniedException.class,
                () -> ballotBox.vote(forum.getSlug(), recommendation, Choice.AGREE)).messageKey());
        assertThrows(AccessDeniedException.class, () -> roll.checkInByBadge(forum.getId(), badge), "nobody checks themselves in");
        fixtures.actAs(helper);
        assertTrue(roll.checkInByBadge(forum.getId(), badge).justNow());
        assertFalse(roll.checkInByBadge(forum.getId(), badge.toLowerCase()).justNow(), "a second scan changes nothing");
        assertThrows(AccessDeniedException.class, () -> roll.badges(forum.getId()), "helpers check in; they do not print the roll");
        fixtures.actAs(here);
        ballotBox.vote(forum.getSlug(), recommendation, Choice.AGREE);
        fixtures.actAs(moderator);
        voting.closeNow(forum.getId());
        assertEquals(1, voting.ballot(forum.getId()).orElseThrow().eligibleCount(), "only the person checked in counts");
    }
}
