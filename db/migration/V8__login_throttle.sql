-- Failed logins counted per account name (whether or not the account exists, so the answer is
-- the same for both) and per client address; a short, growing wait, never a lockout.
CREATE TABLE login_throttle (
    subject    VARCHAR(250) NOT NULL PRIMARY KEY,
    failures   INT          NOT NULL,
    next_at    DATETIME(6),
    updated_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE app_user
    DROP COLUMN failed_logins,
    DROP COLUMN locked_until;
