package id.sinergi.action;

import id.sinergi.testing.InContainer;
import id.sinergi.action.report.EvidenceStore;
import id.sinergi.action.report.EvidenceUpload;
import id.sinergi.action.report.ReportForm;
import id.sinergi.action.report.ReportService;
import id.sinergi.action.report.ReportView;
import id.sinergi.action.report.ReportVisibility;
import id.sinergi.action.report.ReviewState;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditOutcome;
import id.sinergi.audit.AuditService;
import id.sinergi.identity.User;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionType;
import id.sinergi.notification.MailDispatcher;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Role;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.Mailbox;
import id.sinergi.testing.Sql;
import id.sinergi.testing.TestCaller;
import id.sinergi.testing.TestClock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assigning, reporting with evidence, review, who may do what, and the daily job, in Payara on MariaDB. */
@ExtendWith(InContainer.class)
class ActionIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);


    @Inject
    ActionService actions;

    @Inject
    AssignmentService assignments;

    @Inject
    ReportService reports;

    @Inject
    ActionJobService job;

    @Inject
    AuditService audit;

    @Inject
    EvidenceStore store;

    @Inject
    MailDispatcher mail;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void reset() {
        TestCaller.anonymous();
        TestClock.reset();
    }

    /** A forum in follow-up, its moderator, a parent institution with an office, another institution and their leads. */
    private record Setup(Sql.FollowUp forum, User moderator, Institution parent, Institution office, Institution other,
                         User parentLead, User officeLead, User otherLead, User participant) {
    }

    private Setup setup() throws Exception {
        User moderator = fixtures.user(Role.MODERATOR);
        Institution parent = fixtures.institution(Fixtures.unique("Kanwil"), InstitutionType.IMMIGRATION, null);
        Institution office = fixtures.institution(Fixtures.unique("Kanim"), InstitutionType.IMMIGRATION, parent.getId());
        Institution other = fixtures.institution(Fixtures.unique("Polda"), InstitutionType.LAW_ENFORCEMENT, null);
        Sql.FollowUp forum = Sql.followUp(Fixtures.unique("tl"), moderator.getId());
        return new Setup(forum, moderator, parent, office, other,
                fixtures.user(parent.getId(), Role.INSTITUTION_LEAD), fixtures.user(office.getId(), Role.INSTITUTION_LEAD),
                fixtures.user(other.getId(), Role.INSTITUTION_LEAD), fixtures.user(office.getId(), Role.PARTICIPANT));
    }

    private long assign(Setup s, Institution institution, String title, LocalDate due, String milestones) {
        ActionForm form = new ActionForm();
        form.setRecommendationId(s.forum().adopted());
        form.setInstitutionId(institution.getId());
        form.setTitle(title);
        form.setDueDate(due);
        form.setMilestones(milestones);
        fixtures.actAs(s.moderator());
        long id = assignments.assign(s.forum().forumId(), form);
        TestCaller.anonymous();
        return id;
    }

    private static ReportForm report(int progress, ReportVisibility visibility, String note) {
        ReportForm form = new ReportForm();
        form.setStatus(ActionStatus.IN_PROGRESS);
        form.setProgress(progress);
        form.setNote(note);
        form.setVisibility(visibility);
        return form;
    }

    @Test
    void onlyAcceptedReportsCountAndEveryStepIsInTheHistory() throws Exception {
        Setup s = setup();
        long id = assign(s, s.office(), "Daftar periksa wawancara", LocalDate.now().plusMonths(2),
                "Draf disusun | 2030-01-31\nDitetapkan");
        List<ActionService.Milestone> milestones = actions.milestones(id);
        assertEquals(2, milestones.size());
        assertEquals(LocalDate.of(2030, 1, 31), milestones.getFirst().dueDate());

        fixtures.actAs(s.officeLead());
        ReportForm form = report(40, ReportVisibility.PUBLIC, "Draf daftar periksa selesai.");
        form.setMilestonesReached(List.of(milestones.getFirst().id()));
        long first = reports.submit(id, form, List.of(new EvidenceUpload("Draf daftar periksa.pdf", PDF, false)));
        ActionView pending = actions.get(id);
        assertEquals(ActionStatus.PLANNED, pending.status(), "a report counts only once accepted");
        assertEquals(0, pending.progress());
        assertEquals(1, pending.pendingReports());
        TestCaller.anonymous();
        assertEquals(0, reports.countReports(id), "the public sees no pending report");

        fixtures.actAs(s.moderator());
        reports.accept(first);
        ActionView accepted = actions.get(id);
        assertEquals(ActionStatus.IN_PROGRESS, accepted.status());
        assertEquals(40, accepted.progress());
        assertEquals(0, accepted.pendingReports());
        assertNotNull(actions.milestones(id).getFirst().reachedOn(), "the milestone the report named is reached");
        assertThrows(BusinessException.class, () -> reports.accept(first), "a report is reviewed once");

        fixtures.actAs(s.officeLead());
        long second = reports.submit(id, report(90, ReportVisibility.PUBLIC, "Hampir selesai."), List.of());
        fixtures.actAs(s.moderator());
        assertThrows(BusinessException.class, () -> reports.returnReport(second, " "), "returning needs a reason");
        reports.returnReport(second, "Lampirkan keputusan kepala kantor.");
        ActionView returned = actions.get(id);
        assertEquals(40, returned.progress(), "a returned report changes no figure");
        assertTrue(returned.isReturned());

        TestCaller.anonymous();
        List<ReportView> publicReports = reports.reports(id, 0, 10);
        assertEquals(1, publicReports.size(), "the public sees the accepted report only");
        assertEquals(ReviewState.ACCEPTED, publicReports.getFirst().reviewState());
        assertEquals("Draf daftar periksa.pdf", publicReports.getFirst().evidence().getFirst().name());
        assertNull(publicReports.getFirst().reporterName(), "the public sees the institution's report, not who typed it");
        List<String> kinds = actions.history(id, 0, 20).stream().map(ActionService.Event::kind).toList();
        assertEquals(List.of("ACCEPTED", "ASSIGNED"), kinds,
                "the public history shows accepted figures only: no report waiting, no return, no reviewer's comment");
        fixtures.actAs(s.moderator());
        assertEquals(List.of("RETURNED", "REPORTED", "ACCEPTED", "REPORTED", "ASSIGNED"),
                actions.history(id, 0, 20).stream().map(ActionService.Event::kind).toList(), "the moderators see it all");
        assertTrue(actions.history(id, 0, 20).getFirst().detail().contains("Lampirkan keputusan"));
        assertTrue(Sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND message_key = 'notify.reportReturned'",
                s.officeLead().getId()) == 1, "the lead is told the report came back");
    }

    @Test
    void leadsReportForTheirInstitutionAndItsOfficesOnlyAndRefusalsAreAuditedAndChangeNothing() throws Exception {
        Setup s = setup();
        long officeAction = assign(s, s.office(), "Aksi kantor", LocalDate.now().plusMonths(1), null);
        fixtures.actAs(s.officeLead());
        long internal = reports.submit(officeAction, report(30, ReportVisibility.INTERNAL, "Catatan internal kantor."),
                List.of(new EvidenceUpload("Rekap internal.pdf", PDF, false)));
        long evidenceId = Sql.count("SELECT id FROM evidence WHERE report_id = ?", internal);

        long reportsBefore = Sql.count("SELECT COUNT(*) FROM progress_report WHERE action_id = ?", officeAction);
        for (User outsider : List.of(s.otherLead(), s.participant())) {
            fixtures.actAs(outsider);
            assertFalse(actions.access(actions.get(officeAction)).report());
            assertThrows(AccessDeniedException.class, () -> reports.submit(officeAction,
                    report(99, ReportVisibility.PUBLIC, "Bukan instansi saya."), List.of()));
            assertTrue(reports.reports(officeAction, 0, 10).isEmpty(), "no internal or pending report for outsiders");
            assertThrows(AccessDeniedException.class, () -> reports.download(evidenceId));
            assertThrows(AccessDeniedException.class, () -> actions.ofInstitution(s.office().getId(), ActionService.Mine.ALL, 0, 10));
            assertThrows(AccessDeniedException.class, () -> reports.accept(internal));
        }
        assertEquals(reportsBefore, Sql.count("SELECT COUNT(*) FROM progress_report WHERE action_id = ?", officeAction),
                "refused reports leave nothing behind");
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM progress_report WHERE id = ? AND review_state = 'PENDING'", internal),
                "the refused review changed nothing");
        TestCaller.actAsSystemAdmin();
        assertTrue(audit.search(new AuditFilter(s.otherLead().getEmail(), "report.submit", AuditOutcome.DENIED, null, null), 0, 10)
                .size() >= 1, "the refusal is in the audit log");

        fixtures.actAs(s.parentLead());
        assertTrue(actions.access(actions.get(officeAction)).report(), "the parent's lead answers for its offices");
        assertEquals(1, reports.reports(officeAction, 0, 10).size(), "and sees their internal reports");
        assertNotNull(reports.download(evidenceId));
        reports.submit(officeAction, report(50, ReportVisibility.PUBLIC, "Laporan dari Kanwil."), List.of());
        assertTrue(actions.mine(ActionService.Mine.ALL, 0, 50).stream().anyMatch(a -> a.id() == officeAction));

        long parentAction = assign(s, s.parent(), "Aksi Kanwil", LocalDate.now().plusMonths(1), null);
        fixtures.actAs(s.officeLead());
        assertThrows(AccessDeniedException.class, () -> reports.submit(parentAction,
                report(10, ReportVisibility.PUBLIC, "Kantor tidak melapor untuk induknya."), List.of()), "an office does not answer for its parent");
        ActionForm rejected = new ActionForm();
        rejected.setRecommendationId(s.forum().rejected());
        rejected.setInstitutionId(s.office().getId());
        rejected.setTitle("Untuk rekomendasi yang ditolak");
        rejected.setDueDate(LocalDate.now().plusDays(10));
        assertThrows(AccessDeniedException.class, () -> assignments.assign(s.forum().forumId(), rejected), "only moderators assign");
        fixtures.actAs(s.moderator());
        assertThrows(BusinessException.class, () -> assignments.assign(s.forum().forumId(), rejected), "no actions for rejected recommendations");
    }

    @Test
    void badUploadsAreRefusedWithAClearReasonAndNothingIsStored() throws Exception {
        Setup s = setup();
        long id = assign(s, s.office(), "Aksi unggah", LocalDate.now().plusMonths(1), null);
        fixtures.actAs(s.officeLead());
        long files = store.count();
        long rows = Sql.count("SELECT COUNT(*) FROM progress_report WHERE action_id = ?", id);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] big = new byte[EvidenceUpload.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        record Case(String key, EvidenceUpload upload) {
        }
        for (Case c : List.of(
                new Case("evidence.tooLarge", new EvidenceUpload("besar.pdf", big, true)),
                new Case("evidence.empty", new EvidenceUpload("kosong.pdf", new byte[0], false)),
                new Case("evidence.typeMismatch", new EvidenceUpload("laporan.pdf", html, false)),
                new Case("evidence.typeMismatch", new EvidenceUpload("foto.png", PDF, false)),
                new Case("evidence.typeNotAllowed", new EvidenceUpload("program.exe", PDF, false)),
                new Case("evidence.badName", new EvidenceUpload("../../etc/passwd.pdf", PDF, false)),
                new Case("evidence.badName", new EvidenceUpload("..\\..\\boot.pdf", PDF, false)),
                new Case("evidence.badName", new EvidenceUpload("folder/laporan.pdf", PDF, false)))) {
            // a good file first: it must not be stored either when another one is refused
            BusinessException refused = assertThrows(BusinessException.class, () -> reports.submit(id,
                    report(20, ReportVisibility.PUBLIC, "Dengan bukti."), List.of(new EvidenceUpload("baik.pdf", PDF, false), c.upload())));
            assertEquals(c.key(), refused.messageKey(), c.upload().fileName());
        }
        assertEquals(files, store.count(), "no file written");
        assertEquals(rows, Sql.count("SELECT COUNT(*) FROM progress_report WHERE action_id = ?", id), "no report written");
        assertEquals(0, actions.get(id).pendingReports());
    }

    @Test
    void theDailyJobMarksOverdueRemindsOnceAndSendsOneMailPerPerson() throws Exception {
        Setup s = setup();
        // a Monday far from any other test's dates: the moderators' weekly digest is due too
        LocalDate day = LocalDate.of(2031, 3, 3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        long inFive = assign(s, s.office(), "Tenggat lima hari", day.plusDays(5), null);
        long tomorrow = assign(s, s.office(), "Tenggat besok", day.plusDays(1), null);
        long late = assign(s, s.office(), "Sudah lewat", day.minusDays(3), null);
        long later = assign(s, s.other(), "Masih lama", day.plusDays(30), null);

        TestClock.setToday(day);
        // (the half-hourly schedule may get to this day first: the effects are what count)
        job.runToday();
        mail.drain();
        assertEquals(day, actions.get(late).overdueSince(), "marked overdue by the job");
        assertTrue(actions.get(late).isOverdue());
        assertNull(actions.get(inFive).overdueSince());

        String lead = s.officeLead().getEmail();
        List<Mailbox.Mail> mails = Mailbox.await(lead, 1, Duration.ofSeconds(20));
        assertEquals(1, mails.size(), "one e-mail for three reminders");
        String body = mails.getFirst().body();
        assertTrue(mails.getFirst().subject().contains("3"), mails.getFirst().subject());
        assertTrue(body.contains("Tenggat lima hari") && body.contains("Tenggat besok") && body.contains("Sudah lewat"), body);
        assertTrue(body.contains("melewati tenggat"), body);
        List<Mailbox.Mail> digest = Mailbox.await(s.moderator().getEmail(), 1, Duration.ofSeconds(20));
        assertEquals(1, digest.size());
        assertTrue(digest.getFirst().body().contains(s.forum().title()), "the moderator's weekly digest names the forum");
        assertEquals(0, Mailbox.of(s.otherLead().getEmail()).size(), "nothing due for the other institution");
        assertEquals(0, Mailbox.of(s.parentLead().getEmail()).size(), "the office's own lead answers; no lead was named");

        assertFalse(job.runToday().ran(), "once a day, whichever node");
        TestClock.setToday(day.plusDays(1));
        job.runToday();
        // what the job queues for mail is in the database when it returns: no waiting for "nothing"
        assertEquals(1, Sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND message_key = 'notify.actionJob'",
                s.officeLead().getId()), "each reminder once: nothing new the next day");
        assertEquals(1, Mailbox.of(lead).size());

        // a new due date starts the reminders over
        fixtures.actAs(s.moderator());
        ActionForm moved = assignments.formOf(late);
        moved.setDueDate(day.plusDays(3));
        assignments.edit(late, moved);
        assertNull(actions.get(late).overdueSince(), "a later due date lifts the overdue mark");
        TestClock.setToday(day.plusDays(2));
        job.runToday();
        mail.drain();
        List<Mailbox.Mail> after = Mailbox.await(lead, 2, Duration.ofSeconds(20));
        assertEquals(2, after.size());
        assertTrue(after.get(1).body().contains("Sudah lewat"), after.get(1).body());
        assertTrue(after.get(1).body().contains("Tenggat besok"), "yesterday's due date is overdue today");
        assertEquals(0, Mailbox.of(s.otherLead().getEmail()).size(), "still nothing for the action due in a month");
        assertNull(actions.get(later).overdueSince());
        assertEquals(day.plusDays(2), actions.get(tomorrow).overdueSince());
    }
}
