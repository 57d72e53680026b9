-- API tokens expire (chosen at issue, a year by default) and are revoked by the system when their
-- issuer is no longer a lead of the token's institution (or of one above it), or no admin.
ALTER TABLE api_token
    ADD COLUMN expires_at DATETIME(6) NOT NULL DEFAULT (UTC_TIMESTAMP(6) + INTERVAL 1 YEAR),
    -- NULL while valid; REVOKED (by a person), ISSUER (the issuer lost the role or the institution)
    ADD COLUMN revoke_reason VARCHAR(10);

UPDATE api_token SET expires_at = issued_at + INTERVAL 1 YEAR;
UPDATE api_token SET revoke_reason = 'REVOKED' WHERE revoked_at IS NOT NULL;

-- What was reported but not yet accepted, and what was returned with its comment, is for the
-- institution and the moderators: the public history shows accepted figures only.
UPDATE action_event SET internal = TRUE WHERE kind IN ('REPORTED', 'RETURNED');
