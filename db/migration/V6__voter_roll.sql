-- Who may vote: each forum's voter roll and how people get on it; affiliations confirmed by
-- someone who knows; e-mail addresses confirmed before an account joins a forum; registration
-- throttled per client address.

-- INVITED: the moderator's list; ADMISSION: people who join wait for a moderator; OPEN: anyone
-- with the code. New forums start invited (official panels); forums that existed before the roll
-- worked as OPEN does, and keep it.
ALTER TABLE forum
    ADD COLUMN roll_mode VARCHAR(10) NOT NULL DEFAULT 'INVITED',
    -- the smallest group of voters the breakdown by institution type shows (never below 3)
    ADD COLUMN min_group_size INT NOT NULL DEFAULT 5,
    -- only people checked in at the venue vote and count
    ADD COLUMN checked_in_only BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT ck_forum_min_group CHECK (min_group_size >= 3);

UPDATE forum SET roll_mode = 'OPEN';

-- One row per person per forum: PENDING (waiting for admission), ADMITTED (on the roll) or
-- DECLINED. The invitation link's token is kept as its SHA-256 only; the badge code is printed.
CREATE TABLE forum_voter (
    forum_id       BIGINT      NOT NULL,
    user_id        BIGINT      NOT NULL,
    status         VARCHAR(10) NOT NULL,
    -- INVITED (the moderator's list), REQUESTED (joined and asked), OPEN (an open forum)
    source         VARCHAR(10) NOT NULL,
    requested_at   DATETIME(6) NOT NULL,
    decided_at     DATETIME(6),
    decided_by     BIGINT,
    invite_hash    CHAR(64),
    invited_at     DATETIME(6),
    accepted_at    DATETIME(6),
    badge_code     VARCHAR(16) NOT NULL,
    checked_in_at  DATETIME(6),
    checked_in_by  BIGINT,
    PRIMARY KEY (forum_id, user_id),
    CONSTRAINT uk_forum_voter_badge UNIQUE (badge_code),
    CONSTRAINT uk_forum_voter_invite UNIQUE (invite_hash),
    KEY ix_forum_voter_queue (forum_id, status, requested_at),
    KEY ix_forum_voter_user (user_id),
    CONSTRAINT fk_forum_voter_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_voter_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT ck_forum_voter_status CHECK (status IN ('PENDING', 'ADMITTED', 'DECLINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- everyone who was a member could vote before: they are on the roll
INSERT INTO forum_voter (forum_id, user_id, status, source, requested_at, decided_at, badge_code)
SELECT m.forum_id, m.user_id, 'ADMITTED', 'OPEN', m.joined_at, m.joined_at,
       UPPER(SUBSTRING(SHA2(CONCAT(m.forum_id, '-', m.user_id, '-', RAND()), 256), 1, 12))
FROM forum_member m;

-- people a moderator names to check others in at the venue
CREATE TABLE forum_helper (
    forum_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (forum_id, user_id),
    CONSTRAINT fk_forum_helper_forum FOREIGN KEY (forum_id) REFERENCES forum (id) ON DELETE CASCADE,
    CONSTRAINT fk_forum_helper_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- an institution a user names is claimed until confirmed; an address is unconfirmed until its link
-- is opened. Accounts that exist already were made by admins or before either rule: confirmed.
ALTER TABLE app_user
    ADD COLUMN affiliation_confirmed_at DATETIME(6),
    ADD COLUMN affiliation_confirmed_by BIGINT,
    ADD COLUMN email_confirmed_at DATETIME(6),
    ADD COLUMN email_token_hash CHAR(64),
    -- FALSE for accounts made from an invitation list: the invitation link sets the password
    ADD COLUMN password_set BOOLEAN NOT NULL DEFAULT TRUE,
    ADD CONSTRAINT uk_user_email_token UNIQUE (email_token_hash),
    ADD KEY ix_user_claims (affiliation_confirmed_at, institution_id);

UPDATE app_user SET email_confirmed_at = created_at,
                    affiliation_confirmed_at = CASE WHEN institution_id IS NULL THEN NULL ELSE created_at END;

-- self-registrations per client address and minute, counted with one idempotent statement
CREATE TABLE registration_throttle (
    address   VARCHAR(45) NOT NULL,
    minute    DATETIME    NOT NULL,
    attempts  INT         NOT NULL,
    PRIMARY KEY (address, minute)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- frozen at the close with the results: how the roll was formed, how many were on it and voted,
-- and the disclosure rule the breakdown followed
ALTER TABLE ballot
    ADD COLUMN roll_mode VARCHAR(10),
    ADD COLUMN voter_count INT,
    ADD COLUMN min_group_size INT;
