-- Sinergi foundation: institutions, users and roles, forums with themes, moderators and
-- members, and the audit log. Times are UTC.

CREATE TABLE institution (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    short_name  VARCHAR(60),
    type        VARCHAR(30)  NOT NULL,
    parent_id   BIGINT,
    version     INT          NOT NULL DEFAULT 0,
    -- the collation is case-insensitive: "Polda Babel" and "polda babel" are one name
    CONSTRAINT uk_institution_name UNIQUE (name),
    CONSTRAINT fk_institution_parent FOREIGN KEY (parent_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE app_user (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    email           VARCHAR(190) NOT NULL,
    password_hash   VARCHAR(255) NOT NULL,
    institution_id  BIGINT,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    language        VARCHAR(8),
    failed_logins   INT          NOT NULL DEFAULT 0,
    locked_until    DATETIME(6),
    created_at      DATETIME(6)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_email UNIQUE (email),
    CONSTRAINT fk_user_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_user_name ON app_user (name);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    slug          VARCHAR(80)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    description   TEXT,
    venue         VARCHAR(200),
    starts_at     DATETIME(6),
    ends_at       DATETIME(6),
    organiser_id  BIGINT,
    visibility    VARCHAR(20)  NOT NULL,
    join_code     VARCHAR(6)   NOT NULL,
    phase         VARCHAR(20)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_forum_slug UNIQUE (slug),
    CONSTRAINT uk_forum_join_code UNIQUE (join_code),
    CONSTRAINT fk_forum_organiser FOREIGN KEY (organiser_id) REFERENCES institution (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_forum_listing ON forum (visibility, phase, starts_at);

CREATE TABLE theme (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    forum_id  BIGINT       NOT NULL,
    name      VARCHAR(120) NOT NULL,
    position  INT          NOT NULL,
    CONSTRAINT fk_theme_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_moderator (
    forum_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (forum_id, user_id),
    CONSTRAINT fk_forum_moderator_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_moderator_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE forum_member (
    forum_id  BIGINT      NOT NULL,
    user_id   BIGINT      NOT NULL,
    joined_at DATETIME(6) NOT NULL,
    PRIMARY KEY (forum_id, user_id),
    KEY ix_forum_member_user (user_id),
    CONSTRAINT fk_forum_member_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_member_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(6)   NOT NULL,
    actor_id     BIGINT,
    actor_name   VARCHAR(190)  NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    object_type  VARCHAR(60),
    object_id    VARCHAR(60),
    outcome      VARCHAR(10)   NOT NULL,
    detail       VARCHAR(1000),
    KEY ix_audit_time (occurred_at),
    KEY ix_audit_actor (actor_name, occurred_at),
    KEY ix_audit_action (action, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
