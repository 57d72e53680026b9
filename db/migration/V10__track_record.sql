-- Commitments across forums and years: a stable address per institution (/i/{slug}), and
-- unfinished actions carried over to a newer forum of the same organiser or closed with a
-- public reason.

-- The slug is made once from the short name (or the name) and kept when the name changes, so
-- shared links keep working; a clash takes the id as a suffix.
ALTER TABLE institution ADD COLUMN slug VARCHAR(80);
UPDATE institution SET slug = LEFT(TRIM(BOTH '-' FROM REGEXP_REPLACE(LOWER(COALESCE(short_name, name)), '[^a-z0-9]+', '-')), 70);
UPDATE institution SET slug = CONCAT('instansi-', id) WHERE slug IS NULL OR slug = '';
UPDATE institution i JOIN (SELECT slug, MIN(id) AS keep FROM institution GROUP BY slug HAVING COUNT(*) > 1) d
    ON d.slug = i.slug AND i.id <> d.keep
    SET i.slug = CONCAT(i.slug, '-', i.id);
ALTER TABLE institution MODIFY slug VARCHAR(80) NOT NULL, ADD CONSTRAINT uk_institution_slug UNIQUE (slug);

-- The application names each new institution's slug itself (InstitutionService); rows written by
-- SQL alone (demo data, benchmark seeds) get one here, a random suffix on a clash.
CREATE TRIGGER institution_slug BEFORE INSERT ON institution FOR EACH ROW
    SET NEW.slug = COALESCE(NEW.slug,
        IF(EXISTS (SELECT 1 FROM institution WHERE slug = LEFT(TRIM(BOTH '-' FROM REGEXP_REPLACE(LOWER(COALESCE(NEW.short_name, NEW.name)), '[^a-z0-9]+', '-')), 70)),
           CONCAT(LEFT(TRIM(BOTH '-' FROM REGEXP_REPLACE(LOWER(COALESCE(NEW.short_name, NEW.name)), '[^a-z0-9]+', '-')), 70), '-',
                  LEFT(REPLACE(UUID(), '-', ''), 8)),
           NULLIF(LEFT(TRIM(BOTH '-' FROM REGEXP_REPLACE(LOWER(COALESCE(NEW.short_name, NEW.name)), '[^a-z0-9]+', '-')), 70), '')));

-- CARRIED_OVER: the action continues as carried_to_id in a newer forum; it no longer counts as
-- open or towards completion. A closed action is CANCELLED with the moderator's public reason.
ALTER TABLE action
    DROP CONSTRAINT ck_action_status,
    ADD CONSTRAINT ck_action_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'BLOCKED', 'CANCELLED', 'CARRIED_OVER')),
    ADD COLUMN carried_from_id BIGINT,
    ADD COLUMN carried_to_id BIGINT,
    ADD COLUMN closed_reason VARCHAR(1000),
    -- an action is carried over at most once: the database says so too
    ADD CONSTRAINT uk_action_carried_from UNIQUE (carried_from_id),
    ADD CONSTRAINT fk_action_carried_from FOREIGN KEY (carried_from_id) REFERENCES action (id),
    ADD CONSTRAINT fk_action_carried_to FOREIGN KEY (carried_to_id) REFERENCES action (id),
    -- an institution's figures across forums, and the order of its actions (forum, due date),
    -- without reading rows (institution page, overview)
    ADD KEY ix_action_record (institution_id, forum_id, status, progress, overdue_since, due_date);

-- an institution's reports across forums: which are public, newest first, without reading rows
ALTER TABLE progress_report ADD KEY ix_progress_record (action_id, review_state, visibility, reported_at);

CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_institution AS
    SELECT id, name, short_name, type, parent_id, slug FROM institution;

-- forums by year, and the order of an organiser's forums, for the overview and carry-over
CREATE OR REPLACE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_forum AS
    SELECT id, slug, title, description, venue, starts_at, ends_at, organiser_id, visibility, phase, hide_support_counts,
           roll_mode, min_group_size, checked_in_only, created_at,
           YEAR(COALESCE(starts_at, created_at)) AS year FROM forum;
