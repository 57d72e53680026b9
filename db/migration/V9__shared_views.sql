-- Each component owns its tables (docs/architecture.md): it alone writes them, and what other
-- components may read of them it publishes here, as one view per table, under the name shared_*.
-- A view is a published contract like a service's public method: the owner can change its table
-- and keep the view. One-table views with MERGE are folded into the query that reads them, so a
-- join through a view costs what a join of the table costs (indexes included).

-- identity: people as others show and address them (never password hashes or tokens)
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_user AS
    SELECT id, name, email, institution_id, active, language, affiliation_confirmed_at, password_set, created_at FROM app_user;
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_user_role AS
    SELECT user_id, role FROM user_role;

-- institution
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_institution AS
    SELECT id, name, short_name, type, parent_id FROM institution;

-- forum: the forum, its themes and who is in it (never the join code)
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_forum AS
    SELECT id, slug, title, description, venue, starts_at, ends_at, organiser_id, visibility, phase, hide_support_counts,
           roll_mode, min_group_size, checked_in_only FROM forum;
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_theme AS
    SELECT id, forum_id, name, position FROM theme;
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_forum_member AS
    SELECT forum_id, user_id, joined_at FROM forum_member;

-- idea: what a recommendation is drafted from
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_idea AS
    SELECT id, forum_id, theme_id, title, body, status, support_count FROM idea;

-- recommendation: what an action follows up
CREATE ALGORITHM = MERGE SQL SECURITY INVOKER VIEW shared_recommendation AS
    SELECT id, forum_id, theme_id, position, title, status FROM recommendation;
