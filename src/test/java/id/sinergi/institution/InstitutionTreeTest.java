package id.sinergi.institution;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InstitutionTreeTest {

    @Test
    void aParentReachesEveryOfficeBelowIt() throws Exception {
        Institution kanwil = institution(1L, "Kanwil", null);
        Institution pangkalpinang = institution(2L, "Kanim Pangkalpinang", kanwil);
        Institution tanjungPandan = institution(3L, "Kanim Tanjung Pandan", kanwil);
        Institution post = institution(4L, "Pos Imigrasi", tanjungPandan);
        Institution polda = institution(5L, "Polda", null);
        List<Institution> all = List.of(kanwil, pangkalpinang, tanjungPandan, post, polda);

        assertEquals(Set.of(1L, 2L, 3L, 4L), Set.copyOf(InstitutionTree.selfAndDescendants(all, 1L)));
        assertEquals(Set.of(3L, 4L), Set.copyOf(InstitutionTree.selfAndDescendants(all, 3L)));
        assertEquals(List.of(5L), InstitutionTree.selfAndDescendants(all, 5L));
        assertEquals(List.of("Kanwil", "Polda"),
                InstitutionTree.childrenByParent(all).get(null).stream().map(Institution::getName).toList());
    }

    private static Institution institution(Long id, String name, Institution parent) throws Exception {
        Institution institution = new Institution(name, null, InstitutionType.OTHER, parent, name);
        Field field = Institution.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(institution, id);
        return institution;
    }
}
