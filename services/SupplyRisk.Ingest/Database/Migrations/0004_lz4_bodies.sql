-- Bodies of a few KB are compressed when stored; lz4 does it several times faster than the
-- default pglz, which was the largest single cost of PostgreSQL under a burst of news
-- (tests/bench/pipeline.sh). Rows stored earlier keep their compression until rewritten.
ALTER TABLE ingest.news_items ALTER COLUMN body SET COMPRESSION lz4;
