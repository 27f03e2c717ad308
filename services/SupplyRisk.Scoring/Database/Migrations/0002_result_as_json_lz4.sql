-- The explanation is written and read back whole, never queried inside: json keeps it as text
-- (no parsing into jsonb on every insert, no conversion on every read), and lz4 compresses it
-- several times faster than the default pglz.
ALTER TABLE scoring.news_scores ALTER COLUMN result TYPE json USING result::json;
ALTER TABLE scoring.news_scores ALTER COLUMN result SET COMPRESSION lz4;
