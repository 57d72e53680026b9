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

    @Test
    void functionWordsNarrowNothingAndAreLeftOutUnlessTheyAreAllThereIs() {
        assertEquals("+korban* +pelabuhan* +bandara*", BoardQuery.fullText("korban yang ada di pelabuhan dan bandara"));
        assertEquals("+dan* +yang*", BoardQuery.fullText("dan yang"), "only function words: searched as they are");
    }

    @Test
    void aLongSearchUsesItsFirstDistinctWordsOnly() {
        String many = "satu dua tiga empat lima enam tujuh delapan sembilan sepuluh satu";
        assertEquals("+satu* +dua* +tiga* +empat* +lima* +enam* +tujuh* +delapan*", BoardQuery.fullText(many));
        assertEquals("+satu*", BoardQuery.fullText("satu Satu SATU"));
    }
}
