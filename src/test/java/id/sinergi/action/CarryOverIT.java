package id.sinergi.action;

import id.sinergi.action.record.TrackRecordService;
import id.sinergi.action.report.ReportForm;
import id.sinergi.action.report.ReportService;
import id.sinergi.action.report.ReportVisibility;
import id.sinergi.identity.User;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.Role;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.InContainer;
import id.sinergi.testing.Sql;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Carrying unfinished actions over to the organiser's next forum, or closing them with a public
 * reason: history kept, links both ways, once only, only by moderators of both forums.
 */
@ExtendWith(InContainer.class)
class CarryOverIT {

    @Inject
    CarryOverService carryOver;

    @Inject
    ActionService actions;

    @Inject
    AssignmentService assignments;

    @Inject
    ReportService reports;

    @Inject
    TrackRecordService records;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void reset() {
        TestCaller.anonymous();
    }

    /** Last year's and this year's forum of one organiser, both moderated by {@code moderator}; an institution and its lead. */
    private record World(User moderator, Sql.FollowUp lastYear, Sql.FollowUp thisYear, Institution institution, User lead) {
    }

    private World world() throws Exception {
        User moderator = fixtures.user(Role.MODERATOR);
        Institution organiser = fixtures.institution(Fixtures.unique("Kanwil"), InstitutionType.IMMIGRATION, null);
        Institution institution = fixtures.institution(Fixtures.unique("Polres"), InstitutionType.LAW_ENFORCEMENT, null);
        Sql.FollowUp lastYear = Sql.followUp(Fixtures.unique("lalu"), moderator.getId(), organiser.getId(), LocalDateTime.of(2024, 12, 5, 2, 0));
        Sql.FollowUp thisYear = Sql.followUp(Fixtures.unique("kini"), moderator.getId(), organiser.getId(), LocalDateTime.of(2025, 12, 10, 2, 0));
        return new World(moderator, lastYear, thisYear, institution, fixtures.user(institution.getId(), Role.INSTITUTION_LEAD));
    }

    private long assign(World w, String title) {
        ActionForm form = new ActionForm();
        form.setRecommendationId(w.lastYear().adopted());
        form.setInstitutionId(w.institution().getId());
        form.setTitle(title);
        form.setDueDate(LocalDate.now().plusDays(10));
        form.setMilestones("Tahap satu\nTahap dua");
        fixtures.actAs(w.moderator());
        return assignments.assign(w.lastYear().forumId(), form);
    }

    /** The lead reports {@code progress} and the moderator accepts it: the action's public figures. */
    private void reportAccepted(World w, long actionId, int progress, ReportVisibility visibility) {
        fixtures.actAs(w.lead());
        ReportForm form = new ReportForm();
        form.setStatus(ActionStatus.IN_PROGRESS);
        form.setProgress(progress);
        form.setNote("Kemajuan " + progress + "% dilaporkan.");
        form.setVisibility(visibility);
        long report = reports.submit(actionId, form, List.of());
        fixtures.actAs(w.moderator());
        reports.accept(report);
    }

    @Test
    void aCarriedOverActionContinuesInTheNewerForumWithItsFiguresAndHistoryLinkedBothWaysAndOnlyOnce() throws Exception {
        World w = world();
        long old = assign(w, "Satgas di semua polres");
        reportAccepted(w, old, 40, ReportVisibility.PUBLIC);

        fixtures.actAs(w.moderator());
        assertEquals(1, carryOver.sources(w.thisYear().forumId()).stream().filter(s -> s.forumId() == w.lastYear().forumId())
                .findFirst().orElseThrow().unfinished());
        assertEquals(List.of(w.thisYear().slug()), carryOver.targets(w.lastYear().forumId()).stream()
                .map(CarryOverService.Source::slug).toList(), "seen from last year's forum: where it can go");
        LocalDate due = LocalDate.now().plusMonths(6);
        long carried = carryOver.carryOver(old, w.thisYear().forumId(), due);

        TestCaller.anonymous();
        ActionView before = actions.get(old);
        ActionView after = actions.get(carried);
        assertEquals(ActionStatus.CARRIED_OVER, before.status());
        assertEquals(carried, before.carriedTo().actionId(), "the old action says where it continues");
        assertEquals(w.thisYear().slug(), before.carriedTo().forumSlug());
        assertEquals(old, after.carriedFrom().actionId(), "the new one says where it came from");
        assertEquals(w.thisYear().forumId(), after.forumId());
        assertEquals(ActionStatus.IN_PROGRESS, after.status(), "the accepted status is carried");
        assertEquals(40, after.progress(), "the accepted progress is carried");
        assertEquals(due, after.dueDate());
        assertEquals(2, actions.milestones(carried).size(), "unreached milestones come along");
        List<String> oldHistory = actions.history(old, 0, 20).stream().map(ActionService.Event::kind).toList();
        assertTrue(oldHistory.containsAll(List.of("ASSIGNED", "ACCEPTED", "CARRIED_OVER")), oldHistory.toString());
        assertEquals("CARRIED_IN", actions.history(carried, 0, 20).getFirst().kind());
        assertEquals(1, reports.countReports(old), "the old reports stay where they were made");

        fixtures.actAs(w.moderator());
        assertEquals("carryOver.already", assertThrows(ConflictException.class,
                () -> carryOver.carryOver(old, w.thisYear().forumId(), due)).messageKey(), "once only");
        assertEquals(0, carryOver.countUnfinished(w.lastYear().forumId(), w.thisYear().forumId()));
        fixtures.actAs(w.lead());
        ReportForm late = new ReportForm();
        late.setStatus(ActionStatus.DONE);
        late.setNote("Selesai.");
        late.setVisibility(ReportVisibility.PUBLIC);
        assertEquals("report.carriedOver", assertThrows(BusinessException.class, () -> reports.submit(old, late, List.of())).messageKey(),
                "reports go to the action that continues");
        late.setStatus(ActionStatus.CARRIED_OVER);
        assertEquals("report.badStatus", assertThrows(BusinessException.class, () -> reports.submit(carried, late, List.of())).messageKey());

        // the institution's record counts the commitment once: the carried-over one leaves completion
        TestCaller.anonymous();
        TrackRecordService.Profile profile = records.profile(w.institution().getSlug());
        assertEquals(2, profile.total().actions());
        assertEquals(1, profile.total().carriedOver());
        assertEquals(40.0, profile.total().completion(), 0.01);
    }

    @Test
    void onlyModeratorsOfBothForumsCarryOverAndOnlyToANewerForumOfTheSameOrganiser() throws Exception {
        World w = world();
        long action = assign(w, "Rumah perlindungan terpadu");
        LocalDate due = LocalDate.now().plusMonths(3);

        User onlyThisYear = fixtures.user(Role.MODERATOR);
        Sql.update("INSERT INTO forum_moderator (forum_id, user_id) VALUES (?, ?)", w.thisYear().forumId(), onlyThisYear.getId());
        fixtures.actAs(onlyThisYear);
        assertThrows(AccessDeniedException.class, () -> carryOver.carryOver(action, w.thisYear().forumId(), due),
                "a moderator of the new forum alone may not take another forum's actions");
        assertTrue(carryOver.sources(w.thisYear().forumId()).stream().noneMatch(s -> s.forumId() == w.lastYear().forumId()),
                "nor see them offered");
        assertThrows(AccessDeniedException.class, () -> carryOver.targets(w.lastYear().forumId()));
        fixtures.actAs(w.lead());
        assertThrows(AccessDeniedException.class, () -> carryOver.carryOver(action, w.thisYear().forumId(), due));
        assertThrows(AccessDeniedException.class, () -> carryOver.close(action, "Tidak lagi relevan bagi instansi."));
        TestCaller.anonymous();
        assertThrows(AccessDeniedException.class, () -> carryOver.carryOver(action, w.thisYear().forumId(), due));

        Institution otherOrganiser = fixtures.institution(Fixtures.unique("Pemkot"), InstitutionType.GOVERNMENT, null);
        Sql.FollowUp elsewhere = Sql.followUp(Fixtures.unique("lain"), w.moderator().getId(), otherOrganiser.getId(),
                LocalDateTime.of(2026, 1, 10, 2, 0));
        fixtures.actAs(w.moderator());
        assertEquals("carryOver.otherOrganiser", assertThrows(BusinessException.class,
                () -> carryOver.carryOver(action, elsewhere.forumId(), due)).messageKey());
        assertEquals("carryOver.duePast", assertThrows(BusinessException.class,
                () -> carryOver.carryOver(action, w.thisYear().forumId(), LocalDate.now().minusDays(1))).messageKey());

        long newer = assign(w, "Aksi untuk arah sebaliknya");
        Sql.update("UPDATE action SET forum_id = ? WHERE id = ?", w.thisYear().forumId(), newer);
        assertEquals("carryOver.notNewer", assertThrows(BusinessException.class,
                () -> carryOver.carryOver(newer, w.lastYear().forumId(), due)).messageKey(), "never backwards in time");

        fixtures.actAs(w.lead());
        ReportForm form = new ReportForm();
        form.setStatus(ActionStatus.IN_PROGRESS);
        form.setProgress(30);
        form.setNote("Menunggu tinjauan.");
        form.setVisibility(ReportVisibility.PUBLIC);
        reports.submit(action, form, List.of());
        fixtures.actAs(w.moderator());
        assertEquals("carryOver.pendingReport", assertThrows(ConflictException.class,
                () -> carryOver.carryOver(action, w.thisYear().forumId(), due)).messageKey(), "review first, then carry the accepted figures");
        TestCaller.anonymous();
        assertEquals(ActionStatus.PLANNED, actions.get(action).status(), "every refusal changed nothing");
        assertNull(actions.get(action).carriedTo());
    }

    @Test
    void aClosedActionShowsItsReasonToEveryone() throws Exception {
        World w = world();
        long action = assign(w, "Riset pola perekrutan");
        fixtures.actAs(w.moderator());
        assertEquals("carryOver.reasonLength", assertThrows(BusinessException.class, () -> carryOver.close(action, "pendek")).messageKey(),
                "a reason says something");
        assertEquals("carryOver.reasonRequired", assertThrows(BusinessException.class, () -> carryOver.close(action, "  ")).messageKey());
        String reason = "Dialihkan ke kajian nasional yang sudah mencakup provinsi ini.";
        carryOver.close(action, reason);
        assertEquals("carryOver.finished", assertThrows(ConflictException.class, () -> carryOver.close(action, reason)).messageKey());
        assertEquals("carryOver.finished", assertThrows(ConflictException.class,
                () -> carryOver.carryOver(action, w.thisYear().forumId(), LocalDate.now().plusMonths(1))).messageKey());

        TestCaller.anonymous();
        ActionView closed = actions.get(action);
        assertEquals(ActionStatus.CANCELLED, closed.status());
        assertEquals(reason, closed.closedReason());
        ActionService.Event event = actions.history(action, 0, 5).getFirst();
        assertEquals("CLOSED", event.kind(), "the public history says so");
        assertEquals(reason, event.detail());
        ActionView onRecord = records.actionsOf(w.institution().getId(), null, 0, 10).getFirst();
        assertEquals(reason, onRecord.closedReason(), "and the institution's page");
        assertNotNull(records.profile(w.institution().getSlug()));
    }
}
