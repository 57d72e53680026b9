package id.sinergi.institution;

import id.sinergi.testing.InContainer;
import id.sinergi.identity.User;
import id.sinergi.platform.AccessDeniedException;
import id.sinergi.platform.ConflictException;
import id.sinergi.platform.Role;
import id.sinergi.testing.Fixtures;
import id.sinergi.testing.TestCaller;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@ExtendWith(InContainer.class)
class InstitutionIT {


    @Inject
    InstitutionService institutions;

    @Inject
    Fixtures fixtures;

    @AfterEach
    void anonymous() {
        TestCaller.anonymous();
    }

    @Test
    void theTreeHoldsOfficesUnderTheirParent() {
        Institution kanwil = fixtures.institution(Fixtures.unique("Kanwil"), InstitutionType.IMMIGRATION, null);
        Institution kanim = fixtures.institution(Fixtures.unique("Kanim"), InstitutionType.IMMIGRATION, kanwil.getId());
        Institution pos = fixtures.institution(Fixtures.unique("Pos"), InstitutionType.IMMIGRATION, kanim.getId());

        assertEquals(Set.of(kanwil.getId(), kanim.getId(), pos.getId()),
                Set.copyOf(institutions.selfAndDescendantIds(kanwil.getId())));
        assertEquals(kanwil.getId(), institutions.get(kanim.getId()).getParentId());
    }

    @Test
    void duplicateNamesAreRefusedWhateverTheCase() {
        String name = Fixtures.unique("Dinas Tenaga Kerja");
        fixtures.institution(name, InstitutionType.GOVERNMENT, null);
        TestCaller.actAsSystemAdmin();
        ConflictException e = assertThrows(ConflictException.class,
                () -> institutions.create(new InstitutionForm("  " + name.toUpperCase() + " ", null, InstitutionType.GOVERNMENT, null)));
        assertEquals("institution.duplicateName", e.messageKey());
    }

    @Test
    void anInstitutionCannotMoveUnderItsOwnOffice() {
        Institution parent = fixtures.institution(Fixtures.unique("Induk"), InstitutionType.GOVERNMENT, null);
        Institution child = fixtures.institution(Fixtures.unique("Anak"), InstitutionType.GOVERNMENT, parent.getId());
        TestCaller.actAsSystemAdmin();
        assertThrows(ConflictException.class, () -> institutions.update(parent.getId(),
                new InstitutionForm(parent.getName(), null, InstitutionType.GOVERNMENT, child.getId())));
        assertEquals(null, institutions.get(parent.getId()).getParentId());
    }

    @Test
    void onlyAdminsManageInstitutions() {
        Institution existing = fixtures.institution(Fixtures.unique("Tetap"), InstitutionType.NGO, null);
        for (Role role : new Role[]{Role.PARTICIPANT, Role.INSTITUTION_LEAD, Role.MODERATOR}) {
            User user = fixtures.user(role);
            fixtures.actAs(user);
            assertThrows(AccessDeniedException.class,
                    () -> institutions.create(new InstitutionForm(Fixtures.unique("Baru"), null, InstitutionType.NGO, null)));
            assertThrows(AccessDeniedException.class,
                    () -> institutions.update(existing.getId(), new InstitutionForm("Diubah", null, InstitutionType.OTHER, null)));
        }
        assertEquals(existing.getName(), institutions.get(existing.getId()).getName(), "refusals changed nothing");
    }
}
