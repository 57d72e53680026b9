package id.sinergi.platform;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL parts: "Diskusi Panel Pencegahan TPPO 2025" becomes "diskusi-panel-pencegahan-tppo-2025". */
public final class Slugs {

    public static final int MAX = 80;

    private Slugs() {
    }

    public static String of(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && !slug.isEmpty() && slug.length() <= MAX && slug.equals(of(slug));
    }
}
