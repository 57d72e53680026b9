package id.sinergi.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A person's membership of a forum, written idempotently by {@link ForumService#join}. */
@Entity
@Table(name = "forum_member")
@IdClass(ForumMember.Key.class)
public class ForumMember {

    @Id
    @Column(name = "forum_id")
    private Long forumId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    protected ForumMember() {
    }

    public Long getForumId() { return forumId; }
    public Long getUserId() { return userId; }
    public Instant getJoinedAt() { return joinedAt; }

    /** The composite key (forum, user). */
    public static class Key implements Serializable {
        private Long forumId;
        private Long userId;

        public Key() {
        }

        public Key(Long forumId, Long userId) {
            this.forumId = forumId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(forumId, k.forumId) && java.util.Objects.equals(userId, k.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(forumId, userId);
        }
    }
}
