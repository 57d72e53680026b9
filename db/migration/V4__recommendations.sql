-- Recommendations drafted from ideas, the secret vote on them, the frozen results, the
-- immutable published versions, and e-mail for notifications.

CREATE TABLE recommendation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id        BIGINT       NOT NULL,
    theme_id        BIGINT,
    position        INT          NOT NULL,
    title           VARCHAR(200) NOT NULL,
    body            TEXT         NOT NULL,
    -- DRAFT until the vote closes, then ADOPTED or REJECTED with the frozen numbers below
    status          VARCHAR(20)  NOT NULL,
    agree_count     INT,
    disagree_count  INT,
    abstain_count   INT,
    comment_count   INT          NOT NULL DEFAULT 0,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_recommendation_forum FOREIGN KEY (forum_id) REFERENCES forum (id),
    CONSTRAINT fk_recommendation_theme FOREIGN KEY (theme_id) REFERENCES theme (id) ON DELETE SET NULL,
    CONSTRAINT fk_recommendation_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    KEY ix_recommendation_forum (forum_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- which ideas a recommendation was drafted from (shown both ways)
CREATE TABLE recommendation_idea (
    recommendation_id BIGINT NOT NULL,
    idea_id           BIGINT NOT NULL,
    PRIMARY KEY (recommendation_id, idea_id),
    KEY ix_recommendation_idea_idea (idea_id),
    CONSTRAINT fk_rec_idea_rec FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
    CONSTRAINT fk_rec_idea_idea FOREIGN KEY (idea_id) REFERENCES idea (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE recommendation_comment (
    id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recommendation_id BIGINT      NOT NULL,
    author_id         BIGINT      NOT NULL,
    body              TEXT        NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    CONSTRAINT fk_rec_comment_rec FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE,
    CONSTRAINT fk_rec_comment_author FOREIGN KEY (author_id) REFERENCES app_user (id),
    KEY ix_rec_comment_thread (recommendation_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- one vote per forum: its end, its rules, and whether it is closed
CREATE TABLE ballot (
    forum_id            BIGINT      NOT NULL PRIMARY KEY,
    opened_at           DATETIME(6) NOT NULL,
    ends_at             DATETIME(6) NOT NULL,
    closed_at           DATETIME(6),
    -- who closed it early; NULL when the end time closed it
    closed_by           BIGINT,
    reminded_at         DATETIME(6),
    quorum_percent      INT         NOT NULL,
    threshold_percent   INT         NOT NULL,
    show_running_totals BOOLEAN     NOT NULL DEFAULT FALSE,
    -- members of the forum when the vote closed: the base of the turnout
    eligible_count      INT,
    version             INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_ballot_forum FOREIGN KEY (forum_id) REFERENCES forum (id),
    KEY ix_ballot_open (closed_at, ends_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Secret: no page, API or log shows a row of this table. The primary key is the rule
-- "one vote per person per recommendation"; a changed vote overwrites the row.
CREATE TABLE vote (
    recommendation_id BIGINT      NOT NULL,
    user_id           BIGINT      NOT NULL,
    choice            VARCHAR(10) NOT NULL,
    cast_at           DATETIME(6) NOT NULL,
    PRIMARY KEY (recommendation_id, user_id),
    KEY ix_vote_user (user_id),
    CONSTRAINT fk_vote_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT fk_vote_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_vote_choice CHECK (choice IN ('AGREE', 'DISAGREE', 'ABSTAIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- frozen at close: totals by institution type, groups under 3 voters merged into OTHER
CREATE TABLE recommendation_result_group (
    recommendation_id BIGINT      NOT NULL,
    group_key         VARCHAR(30) NOT NULL,
    position          INT         NOT NULL,
    agree_count       INT         NOT NULL,
    disagree_count    INT         NOT NULL,
    abstain_count     INT         NOT NULL,
    PRIMARY KEY (recommendation_id, group_key),
    CONSTRAINT fk_result_group_rec FOREIGN KEY (recommendation_id) REFERENCES recommendation (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A published version of the final recommendations: a snapshot (JSON) and its SHA-256.
-- Rows are never changed or deleted; the triggers refuse it even to the application.
CREATE TABLE publication (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id      BIGINT       NOT NULL,
    version       INT          NOT NULL,
    change_note   VARCHAR(500) NOT NULL,
    published_at  DATETIME(6)  NOT NULL,
    published_by  VARCHAR(120) NOT NULL,
    document      LONGTEXT     NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    CONSTRAINT uk_publication_version UNIQUE (forum_id, version),
    CONSTRAINT fk_publication_forum FOREIGN KEY (forum_id) REFERENCES forum (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER publication_no_update BEFORE UPDATE ON publication FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published version cannot be changed; publish a new version';

CREATE TRIGGER publication_no_delete BEFORE DELETE ON publication FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'A published version cannot be deleted';

-- e-mail: each user chooses IMMEDIATE, DAILY (one digest a day) or OFF
ALTER TABLE app_user
    ADD COLUMN email_frequency VARCHAR(10) NOT NULL DEFAULT 'IMMEDIATE';

-- PENDING: to be mailed now; DIGEST: waits for the daily digest; SENT; FAILED; NULL: in-app only
ALTER TABLE notification
    ADD COLUMN email_state VARCHAR(10),
    ADD COLUMN email_attempts INT NOT NULL DEFAULT 0,
    ADD COLUMN emailed_at DATETIME(6),
    ADD KEY ix_notification_email (email_state, id);
