-- Follow-up actions per adopted recommendation and institution, the institutions' progress
-- reports with evidence, the moderators' review, each action's history, the daily job's
-- bookkeeping, and API tokens issued for an institution.

CREATE TABLE action (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id          BIGINT       NOT NULL,
    recommendation_id BIGINT       NOT NULL,
    institution_id    BIGINT       NOT NULL,
    -- the responsible lead; NULL: every lead of the institution answers for it
    lead_id           BIGINT,
    title             VARCHAR(200) NOT NULL,
    description       TEXT,
    due_date          DATE         NOT NULL,
    -- status and progress as last ACCEPTED by a moderator: only reviewed figures are public
    status            VARCHAR(20)  NOT NULL DEFAULT 'PLANNED',
    progress          INT          NOT NULL DEFAULT 0,
    -- set by the daily job on the first day past the due date while the action is open
    overdue_since     DATE,
    pending_reports   INT          NOT NULL DEFAULT 0,
    -- the review state of the latest report (PENDING, ACCEPTED, RETURNED), NULL before the first
    last_review       VARCHAR(10),
    last_reported_at  DATETIME(6),
    created_by        BIGINT       NOT NULL,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_action_forum FOREIGN KEY (forum_id) REFERENCES forum (id),
    CONSTRAINT fk_action_recommendation FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
    CONSTRAINT fk_action_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_action_lead FOREIGN KEY (lead_id) REFERENCES app_user (id),
    CONSTRAINT fk_action_creator FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT ck_action_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED')),
    CONSTRAINT ck_action_progress CHECK (progress BETWEEN 0 AND 100),
    KEY ix_action_forum (forum_id, recommendation_id, id),
    -- covers the public figures (per forum, recommendation, institution) without reading rows
    KEY ix_action_figures (forum_id, institution_id, recommendation_id, status, progress, overdue_since, pending_reports),
    KEY ix_action_institution (institution_id, due_date),
    KEY ix_action_due (due_date, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE action_milestone (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id  BIGINT       NOT NULL,
    position   INT          NOT NULL,
    title      VARCHAR(200) NOT NULL,
    due_date   DATE,
    reached_on DATE,
    CONSTRAINT fk_milestone_action FOREIGN KEY (action_id) REFERENCES action (id) ON DELETE CASCADE,
    KEY ix_milestone_action (action_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id      BIGINT        NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    progress       INT           NOT NULL,
    note           TEXT          NOT NULL,
    -- PUBLIC: shown on the accountability page once accepted; INTERNAL: institution and moderators only
    visibility     VARCHAR(10)   NOT NULL,
    -- milestone ids the report says are reached; marked when the report is accepted
    milestones_reached VARCHAR(500),
    -- PENDING until a moderator ACCEPTS it or RETURNS it with a comment
    review_state   VARCHAR(10)   NOT NULL DEFAULT 'PENDING',
    review_comment VARCHAR(1000),
    reviewed_by    BIGINT,
    reviewed_at    DATETIME(6),
    reported_by    BIGINT        NOT NULL,
    -- set when the report came through the API with an institution's token
    api_token_id   BIGINT,
    reported_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_progress_action FOREIGN KEY (action_id) REFERENCES action (id),
    CONSTRAINT fk_progress_reporter FOREIGN KEY (reported_by) REFERENCES app_user (id),
    CONSTRAINT fk_progress_reviewer FOREIGN KEY (reviewed_by) REFERENCES app_user (id),
    CONSTRAINT ck_progress_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED')),
    CONSTRAINT ck_progress_value CHECK (progress BETWEEN 0 AND 100),
    KEY ix_progress_action (action_id, reported_at),
    KEY ix_progress_pending (review_state, reported_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A file (stored under a random name in the evidence folder, outside the web root; the
-- original name is only shown) or a link.
CREATE TABLE evidence (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    report_id     BIGINT        NOT NULL,
    kind          VARCHAR(10)   NOT NULL,
    stored_name   CHAR(36),
    original_name VARCHAR(255),
    media_type    VARCHAR(120),
    size_bytes    BIGINT,
    sha256        CHAR(64),
    url           VARCHAR(1000),
    CONSTRAINT fk_evidence_report FOREIGN KEY (report_id) REFERENCES progress_report (id),
    CONSTRAINT uk_evidence_stored UNIQUE (stored_name),
    CONSTRAINT ck_evidence_kind CHECK (kind IN ('FILE', 'LINK')),
    KEY ix_evidence_report (report_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What happened to an action, for everyone who may see it: assigned, changed, reported,
-- accepted, returned, marked overdue.
CREATE TABLE action_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    action_id   BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor_name  VARCHAR(190)  NOT NULL,
    kind        VARCHAR(30)   NOT NULL,
    detail      VARCHAR(1000),
    -- events of an internal report are shown to the institution and moderators only
    internal    BOOLEAN       NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_action_event_action FOREIGN KEY (action_id) REFERENCES action (id),
    KEY ix_action_event (action_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each reminder once per action (DUE_7, DUE_1, OVERDUE); a changed due date clears them.
CREATE TABLE action_reminder (
    action_id BIGINT      NOT NULL,
    kind      VARCHAR(10) NOT NULL,
    sent_on   DATE        NOT NULL,
    PRIMARY KEY (action_id, kind),
    CONSTRAINT fk_reminder_action FOREIGN KEY (action_id) REFERENCES action (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Bumped by every change to a forum's actions, so each node knows when its cached figures of
-- the forum (the accountability page) are out of date.
CREATE TABLE action_figures_version (
    forum_id BIGINT NOT NULL PRIMARY KEY,
    version  BIGINT NOT NULL,
    CONSTRAINT fk_figures_version_forum FOREIGN KEY (forum_id) REFERENCES forum (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The daily job runs once per day whichever node gets there first.
CREATE TABLE action_job_day (
    day    DATE        NOT NULL PRIMARY KEY,
    ran_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Only the SHA-256 of a token is stored; the token is shown once when issued.
CREATE TABLE api_token (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    institution_id BIGINT       NOT NULL,
    name           VARCHAR(120) NOT NULL,
    token_hash     CHAR(64)     NOT NULL,
    issued_by      BIGINT       NOT NULL,
    issued_at      DATETIME(6)  NOT NULL,
    revoked_at     DATETIME(6),
    revoked_by     BIGINT,
    last_used_at   DATETIME(6),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_api_token_issuer FOREIGN KEY (issued_by) REFERENCES app_user (id),
    KEY ix_api_token_institution (institution_id, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE progress_report
    ADD CONSTRAINT fk_progress_token FOREIGN KEY (api_token_id) REFERENCES api_token (id);
