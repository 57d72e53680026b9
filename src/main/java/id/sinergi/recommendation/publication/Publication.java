package id.sinergi.recommendation.publication;

import java.io.Serializable;
import java.time.Instant;

/** One published version: its number and note, and the document it froze. */
public record Publication(Long forumId, String slug, int version, String changeNote, Instant publishedAt,
                          String publishedBy, String sha256, PublishedDocument document) implements Serializable {

    /** A version in the list of versions, without its document. */
    public record Summary(int version, String changeNote, Instant publishedAt, String publishedBy, String sha256)
            implements Serializable {
    }
}
