-- The explanation is JSON written by ScoreResultWriter and read back whole by
-- GET /v1/news/{id}/score, never queried inside. As json, PostgreSQL still parsed every
-- result to validate it (about 10 KB per item, inside each batch's planning, since the
-- array cast was folded there); as text it is stored as it comes. lz4 stays. Queries that
-- want to look inside can still cast: result::json. (Changing the type rewrites the table and
-- resets the column's compression, hence both in one statement.)
ALTER TABLE scoring.news_scores ALTER COLUMN result TYPE text, ALTER COLUMN result SET COMPRESSION lz4;
