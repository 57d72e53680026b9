package id.sinergi.idea;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How the board is filtered and sorted; every field optional. */
public record BoardQuery(Long themeId, IdeaStatus status, String search, Sort sort) implements Serializable {

    public enum Sort { NEWEST, MOST_SUPPORTED }

    public static BoardQuery newest() {
        return new BoardQuery(null, null, null, Sort.NEWEST);
    }

    /**
     * Indonesian function words, left out of a search that has other words: they are in nearly every idea, so they
     * narrow nothing and make the full-text index walk most of the forum (and "dan*" would also find "dana").
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("yang", "dan", "untuk", "dengan", "dari",
            "dalam", "pada", "agar", "bagi", "oleh", "juga", "atau", "akan", "tidak", "ini", "itu", "ada", "karena",
            "kepada", "sebagai", "serta", "telah", "sudah", "para", "lebih", "harus", "perlu", "bisa", "dapat");

    /** A search uses at most this many words: each one more is another walk through the full-text index. */
    static final int MAX_WORDS = 8;

    /**
     * The words of a search as a MariaDB boolean full-text query (prefix match, operators removed, function words
     * left out unless they are all there is, at most {@link #MAX_WORDS} words).
     */
    static String fullText(String search) {
        if (search == null) {
            return null;
        }
        List<String> words = new ArrayList<>();
        List<String> functionWords = new ArrayList<>();
        for (String word : search.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                (FUNCTION_WORDS.contains(word) ? functionWords : words).add(word);
            }
        }
        List<String> used = words.isEmpty() ? functionWords : words;
        StringBuilder query = new StringBuilder();
        for (String word : used.stream().distinct().limit(MAX_WORDS).toList()) {
            query.append(query.isEmpty() ? "" : " ").append('+').append(word).append('*');
        }
        return query.isEmpty() ? null : query.toString();
    }
}
