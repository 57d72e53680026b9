package id.sinergi.forum;

import id.sinergi.platform.Slugs;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SlugsAndJoinCodesTest {

    @Test
    void slugsAreReadableAscii() {
        assertEquals("diskusi-panel-pencegahan-tppo-2025", Slugs.of("Diskusi Panel Pencegahan TPPO 2025"));
        assertEquals("cafe-anak-bangsa", Slugs.of("  Café — Anak  Bangsa! "));
        assertEquals("", Slugs.of("!!!"));
        assertTrue(Slugs.of("x".repeat(200)).length() <= Slugs.MAX);
    }

    @Test
    void onlyNormalisedSlugsAreValid() {
        assertTrue(Slugs.isValid("tppo-babel-2025"));
        assertFalse(Slugs.isValid("TPPO"));
        assertFalse(Slugs.isValid("a b"));
        assertFalse(Slugs.isValid("../etc"));
        assertFalse(Slugs.isValid(""));
        assertFalse(Slugs.isValid(null));
    }

    @Test
    void joinCodesAreShortAndWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = JoinCodes.generate();
            assertEquals(JoinCodes.LENGTH, code.length());
            assertTrue(code.chars().allMatch(c -> JoinCodes.ALPHABET.indexOf(c) >= 0), code);
            codes.add(code);
        }
        assertTrue(codes.size() > 990, "random enough");
        assertEquals("TPPO25", JoinCodes.normalize(" tppo-25 "));
    }
}
