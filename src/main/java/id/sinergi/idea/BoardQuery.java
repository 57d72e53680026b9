package id.sinergi.idea;

import java.io.Serializable;

/** How the board is filtered and sorted; every field optional. */
public record BoardQuery(Long themeId, IdeaStatus status, String search, Sort sort) implements Serializable {

    public enum Sort { NEWEST, MOST_SUPPORTED }

    public static BoardQuery newest() {
        return new BoardQuery(null, null, null, Sort.NEWEST);
    }

    /** The words of a search as a MariaDB boolean full-text query (prefix match, operators removed). */
    static String fullText(String search) {
        if (search == null) {
            return null;
        }
        StringBuilder query = new StringBuilder();
        for (String word : search.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3) {
                query.append(query.isEmpty() ? "" : " ").append('+').append(word).append('*');
            }
        }
        return query.isEmpty() ? null : query.toString();
    }
}
