-- Near-duplicate candidates are now found in memory (see NearDuplicates/SketchIndex): the
-- service keeps the sketches of recent items, loaded from news_sketches and kept current by
-- reading the rows added since its last look, in seq order. The per-band LSH rows, which cost
-- forty index entries per item on every write and as many probes on every lookup, go.
ALTER TABLE ingest.news_sketches ADD COLUMN seq bigserial;
CREATE UNIQUE INDEX news_sketches_seq ON ingest.news_sketches (seq);
DROP TABLE ingest.news_lsh;
