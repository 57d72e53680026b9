-- Ideas, supports, comments, reports, moderation and in-app notifications.

ALTER TABLE forum
    ADD COLUMN idea_limit INT NULL,
    ADD COLUMN hide_support_counts BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE idea (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id        BIGINT       NOT NULL,
    theme_id        BIGINT       NOT NULL,
    author_id       BIGINT       NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    anonymous       BOOLEAN      NOT NULL DEFAULT FALSE,
    status          VARCHAR(20)  NOT NULL,
    merged_into_id  BIGINT,
    hidden_reason   VARCHAR(500),
    -- kept exact by the service in the same transaction as the support rows
    support_count   INT          NOT NULL DEFAULT 0,
    comment_count   INT          NOT NULL DEFAULT 0,
    open_reports    INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_idea_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_idea_theme FOREIGN KEY (theme_id) REFERENCES theme (id),
    CONSTRAINT fk_idea_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    CONSTRAINT fk_idea_merged FOREIGN KEY (merged_into_id) REFERENCES idea (id),
    KEY ix_idea_newest (forum_id, status, created_at),
    KEY ix_idea_top (forum_id, status, support_count),
    KEY ix_idea_author (forum_id, author_id),
    FULLTEXT KEY ft_idea (title, body)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idea_support (
    idea_id    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    -- one support per person per idea, enforced here and not only in the page
    PRIMARY KEY (idea_id, user_id),
    KEY ix_support_user (user_id),
    CONSTRAINT fk_support_idea FOREIGN KEY (idea_id) REFERENCES idea (id) ON DELETE CASCADE,
    CONSTRAINT fk_support_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idea_comment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    idea_id       BIGINT       NOT NULL,
    parent_id     BIGINT,
    author_id     BIGINT       NOT NULL,
    body          TEXT         NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    hidden_reason VARCHAR(500),
    reply_count   INT          NOT NULL DEFAULT 0,
    open_reports  INT          NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_comment_idea FOREIGN KEY (idea_id) REFERENCES idea (id) ON DELETE CASCADE,
    CONSTRAINT fk_comment_parent FOREIGN KEY (parent_id) REFERENCES idea_comment (id),
    CONSTRAINT fk_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    KEY ix_comment_thread (idea_id, parent_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE content_report (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id    BIGINT       NOT NULL,
    idea_id     BIGINT,
    comment_id  BIGINT,
    reporter_id BIGINT       NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    resolved_at DATETIME(6),
    CONSTRAINT fk_report_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_idea FOREIGN KEY (idea_id) REFERENCES idea (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_comment FOREIGN KEY (comment_id) REFERENCES idea_comment (id) ON DELETE CASCADE,
    CONSTRAINT fk_report_reporter FOREIGN KEY (reporter_id) REFERENCES app_user (id),
    KEY ix_report_open (forum_id, resolved_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id     BIGINT        NOT NULL,
    message_key VARCHAR(100)  NOT NULL,
    argument    VARCHAR(500),
    link        VARCHAR(300),
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6),
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE,
    KEY ix_notification_inbox (user_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
