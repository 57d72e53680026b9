package id.sinergi.identity;

import id.sinergi.testing.InContainer;
import id.sinergi.audit.AuditFilter;
import id.sinergi.audit.AuditOutcome;
import id.sinergi.audit.AuditService;
import id.sinergi.institution.Institution;
import id.sinergi.institution.InstitutionType;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.BusinessException;
import id.sinergi.platform.Role;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Registration, password checks and throttling, user management and CSV import, in Payara on MariaDB. */
@ExtendWith(InContainer.class)
class IdentityIT {


    @Inject
    UserService users;

    @Inject
    AuditService audit;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void anonymous() {
        TestCaller.anonymous();
    }

    @Test
    void registrationCreatesAParticipantWhoCanLogIn() {
        String email = Fixtures.unique("daftar") + "@Uji.Sinergi.Test";
        User user = users.register(new UserForm("Ayu Lestari", "  " + email + " ", "kata-sandi-kuat", null), "10.0.1.1").orElseThrow();

        assertEquals(EnumSet.of(Role.PARTICIPANT), user.getRoles());
        assertEquals(email.toLowerCase(), user.getEmail(), "e-mail stored trimmed and lower-case");
        assertEquals(LoginCheck.Outcome.VALID, users.checkPassword(email.toUpperCase(), "kata-sandi-kuat", "10.0.1.1").outcome());
        assertEquals(LoginCheck.Outcome.INVALID, users.checkPassword(email, "kata-sandi-salah", "10.0.1.1").outcome());
    }

    @Test
    void registeringAnEmailTwiceMakesNoSecondAccountAndTellsOnlyItsOwner() throws Exception {
        String email = Fixtures.unique("dua") + "@uji.sinergi.test";
        User first = users.register(new UserForm("Satu", email, "kata-sandi-kuat", null), "10.0.1.2").orElseThrow();
        // the second registration answers as the first did; the owner of the address is told, nobody else
        assertTrue(users.register(new UserForm("Dua", email, "kata-sandi-lain", null), "10.0.1.2").isEmpty());
        assertEquals(1, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM app_user WHERE email = ?", email), "no second account");
        assertEquals(1, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM notification WHERE user_id = ?"
                + " AND message_key = 'notify.registerExisting'", first.getId()));
        assertEquals(LoginCheck.Outcome.VALID, users.checkPassword(email, "kata-sandi-kuat", "10.0.1.2").outcome(),
                "the owner's password is untouched");
    }

    @Test
    void failuresSlowANameDownBrieflyTheSameWayWhetherOrNotTheAccountExists() throws Exception {
        User user = fixtures.user(Role.PARTICIPANT);
        String unknown = Fixtures.unique("tidak-ada") + "@uji.sinergi.test";
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (String name : new String[]{user.getEmail(), unknown}) {
            for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
                assertEquals(LoginCheck.Outcome.INVALID, users.checkPassword(name, "salah", address).outcome());
            }
            assertEquals(0, users.retryAfterSeconds(name, address), "no wait before the limit");
            users.checkPassword(name, "salah", address);
            long wait = users.retryAfterSeconds(name, address);
            assertTrue(wait > 0 && wait <= 60, "a short wait, existing account or not: " + name + " " + wait);
        }
        LoginCheck check = users.checkPassword(user.getEmail(), Fixtures.PASSWORD, address);
        assertEquals(LoginCheck.Outcome.THROTTLED, check.outcome(), "the right password waits its turn too");
        assertTrue(check.retryAfterSeconds() <= 60, "but never long");
        // the wait has passed: the owner is in, and the count starts again
        id.sinergi.testing.Sql.update("UPDATE login_throttle SET next_at = NULL WHERE subject IN (?, ?)",
                "account:" + user.getEmail(), "address:" + address);
        assertEquals(LoginCheck.Outcome.VALID, users.checkPassword(user.getEmail(), Fixtures.PASSWORD, address).outcome());
        assertEquals(0, id.sinergi.testing.Sql.count("SELECT COUNT(*) FROM login_throttle WHERE subject = ?", "account:" + user.getEmail()));
    }

    @Test
    void oneAddressTryingManyNamesIsSlowedDown() {
        String address = "198.51.100." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < LoginThrottle.FREE_FROM_ADDRESS; i++) {
            users.checkPassword(Fixtures.unique("semprot") + "@uji.sinergi.test", "tebakan", address);
        }
        String fresh = Fixtures.unique("baru") + "@uji.sinergi.test";
        assertTrue(users.retryAfterSeconds(fresh, address) > 0, "a name never tried from a busy address waits");
        assertEquals(0, users.retryAfterSeconds(fresh, address + "9"), "another address does not");
    }

    @Test
    void deactivatedUsersCannotLogIn() {
        User user = fixtures.user(Role.PARTICIPANT);
        TestCaller.actAsSystemAdmin();
        UserForm form = UserForm.of(user);
        form.setActive(false);
        users.update(user.getId(), form);
        assertEquals(LoginCheck.Outcome.INACTIVE, users.checkPassword(user.getEmail(), Fixtures.PASSWORD, "10.0.1.3").outcome());
    }

    @Test
    void onlyAdminsManageUsersAndRefusalsAreAudited() {
        User participant = fixtures.user(Role.PARTICIPANT);
        User moderator = fixtures.user(Role.MODERATOR);
        User target = fixtures.user(Role.PARTICIPANT);
        for (User actor : new User[]{participant, moderator}) {
            fixtures.actAs(actor);
            UserForm promote = UserForm.of(target);
            promote.setRoles(EnumSet.of(Role.ADMIN));
            assertThrows(AccessDeniedException.class, () -> users.update(target.getId(), promote));
            assertThrows(AccessDeniedException.class, () -> users.create(new UserForm("X", Fixtures.unique("x") + "@uji.test", "kata-sandi-kuat", null)));
            assertThrows(AccessDeniedException.class, () -> users.list(UserFilter.none(), 0, 10));
            assertThrows(AccessDeniedException.class, () -> users.importParticipants(csv("name,email\nA,a@b.id\n")));
            assertThrows(AccessDeniedException.class, () -> audit.search(AuditFilter.none(), 0, 10), "the audit log is for admins");
        }
        TestCaller.actAsSystemAdmin();
        assertEquals(EnumSet.of(Role.PARTICIPANT), users.get(target.getId()).getRoles(), "refusal changed nothing");
        long denied = audit.count(new AuditFilter(participant.getEmail(), "user.update", AuditOutcome.DENIED, null, null));
        assertEquals(1, denied, "the refused promotion is in the audit log");
    }

    @Test
    void adminSetsRolesAndInstitutionAndListsUsersPaged() {
        Institution polda = fixtures.institution(Fixtures.unique("Polda"), InstitutionType.LAW_ENFORCEMENT, null);
        User user = fixtures.user(Role.PARTICIPANT);
        TestCaller.actAsSystemAdmin();
        UserForm form = UserForm.of(user);
        form.setRoles(EnumSet.of(Role.INSTITUTION_LEAD, Role.PARTICIPANT));
        form.setInstitutionId(polda.getId());
        users.update(user.getId(), form);

        User changed = users.get(user.getId());
        assertEquals(EnumSet.of(Role.INSTITUTION_LEAD, Role.PARTICIPANT), changed.getRoles());
        assertEquals(polda.getId(), changed.getInstitution().getId());
        assertEquals(1, users.count(new UserFilter(user.getEmail(), Role.INSTITUTION_LEAD, true)));
        assertEquals(0, users.count(new UserFilter(user.getEmail(), Role.ADMIN, null)));
        assertEquals(2, users.list(UserFilter.none(), 0, 2).size(), "one page, not the whole table");
    }

    @Test
    void csvImportTakesGoodRowsAndReportsBadOnesByLine() {
        Institution ubb = fixtures.institution(Fixtures.unique("Universitas"), InstitutionType.EDUCATION, null);
        String taken = fixtures.user(Role.PARTICIPANT).getEmail();
        String a = Fixtures.unique("a") + "@uji.sinergi.test";
        String b = Fixtures.unique("b") + "@uji.sinergi.test";
        String csv = String.join("\n",
                "nama,email,instansi,kata_sandi",
                "Ayu Lestari," + a + "," + ubb.getName() + ",",        // line 2: good, generated password
                "Rudi Hartono," + b + ",,RahasiaKuat123",               // line 3: good, own password
                ",tanpa-nama@uji.sinergi.test,,",                       // line 4: no name
                "Salah Email,bukan-email,,",                            // line 5: bad e-mail
                "Sudah Ada," + taken + ",,",                            // line 6: taken
                "Dua Kali," + a + ",,",                                 // line 7: twice in file
                "Instansi Aneh,c-" + b + ",Instansi Tak Dikenal,",      // line 8: unknown institution
                "Sandi Pendek,d-" + b + ",,pendek");                    // line 9: short password
        TestCaller.actAsSystemAdmin();
        ImportReport report = users.importParticipants(csv(csv));

        assertEquals(2, report.imported().size());
        assertEquals(java.util.List.of(4, 5, 6, 7, 8, 9), report.rejected().stream().map(ImportReport.Rejected::line).toList());
        assertEquals("import.emailTaken", report.rejected().get(2).messageKey());
        ImportReport.Imported ayu = report.imported().get(0);
        assertEquals(2, ayu.line());
        assertEquals(LoginCheck.Outcome.VALID, users.checkPassword(a, ayu.generatedPassword(), "10.0.1.4").outcome());
        assertEquals(ubb.getId(), users.findByEmail(a).orElseThrow().getInstitution().getId());
        assertNull(report.imported().get(1).generatedPassword());
        assertEquals(LoginCheck.Outcome.VALID, users.checkPassword(b, "RahasiaKuat123", "10.0.1.5").outcome());
        assertFalse(users.findByEmail("c-" + b).isPresent(), "a refused row leaves nothing behind");
        assertFalse(users.findByEmail("tanpa-nama@uji.sinergi.test").isPresent());
    }

    @Test
    void csvWithoutTheRequiredColumnsIsRefusedWhole() {
        TestCaller.actAsSystemAdmin();
        BusinessException e = assertThrows(BusinessException.class, () -> users.importParticipants(csv("foo,bar\n1,2\n")));
        assertEquals("import.header", e.messageKey());
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
