package id.sinergi.idea;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BoardQueryTest {

    @Test
    void searchWordsBecomeAPrefixQueryWithoutOperators() {
        assertEquals("+pelabuhan* +tikus*", BoardQuery.fullText("Pelabuhan  tikus"));
        assertEquals("+agen* +ilegal* +drop*", BoardQuery.fullText("agen -ilegal\"; DROP"), "operators dropped");
        assertNull(BoardQuery.fullText("a b"));
        assertNull(BoardQuery.fullText(null));
        assertEquals("+pekerja* +migran*", BoardQuery.fullText("pekerja-migran"));
    }
}
