package id.sinergi.platform;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** User text in a spreadsheet cell stays text; links stay home. */
class SpreadsheetTextAndLinksTest {

    @Test
    void cellsThatWouldBeFormulasStayText() {
        for (String formula : new String[]{"=HYPERLINK(\"http://evil.example\")", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx"}) {
            assertEquals("'" + formula, SpreadsheetText.cell(formula));
        }
        assertEquals("Satgas TPPO", SpreadsheetText.cell("Satgas TPPO"));
        assertEquals("", SpreadsheetText.cell(""));
        assertNull(SpreadsheetText.cell(null));
    }

    @Test
    void onlyPathsOfThisApplicationAreLinkedBackTo() {
        assertEquals("/f/tppo-babel-2025?x=1", Navigation.localPath("/f/tppo-babel-2025?x=1"));
        for (String away : new String[]{"//evil.example/x", "/\\evil.example/x", "https://evil.example", "evil", "/a\r\nSet-Cookie: x"}) {
            assertNull(Navigation.localPath(away), away);
        }
        assertNull(Navigation.localPath(null));
    }
}
