-- The board filtered by theme, newest or most supported first, read from the index alone
-- (InnoDB secondary indexes carry the primary key), then the page's 20 rows fetched by id.
CREATE INDEX ix_idea_theme_newest ON idea (forum_id, status, theme_id, created_at);
CREATE INDEX ix_idea_theme_top ON idea (forum_id, status, theme_id, support_count);
