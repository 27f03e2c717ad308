-- Near-duplicates: a syndicated copy of a stored story is stored too (more sources, more
-- confidence) but joins that story's cluster; duplicate_of names the item it was matched to.
ALTER TABLE ingest.news_items ADD COLUMN duplicate_of uuid;

-- The MinHash signature of every item long enough to compare (uint32 values, little-endian)
-- with its number of distinct shingles, to check a candidate without reading its body.
CREATE TABLE ingest.news_sketches (
    news_id        uuid PRIMARY KEY REFERENCES ingest.news_items (id),
    shingle_count  integer NOT NULL,
    minhash        bytea NOT NULL
);

-- Banded LSH: one row per (band key, item). Candidates for a new text are the items that
-- share a band key with it: one index lookup for a whole batch (bucket = ANY(...)).
CREATE TABLE ingest.news_lsh (
    bucket   bigint NOT NULL,
    news_id  uuid NOT NULL,
    PRIMARY KEY (bucket, news_id)
);

-- One row per configured feed: what the last poll learned (validators for a conditional GET),
-- when to poll next, and how many polls in a row have failed (the backoff).
CREATE TABLE ingest.feed_state (
    url                   text PRIMARY KEY,
    etag                  text,
    last_modified         text,
    last_polled_at        timestamptz,
    last_success_at       timestamptz,
    next_poll_at          timestamptz NOT NULL DEFAULT now(),
    last_status           integer,
    consecutive_failures  integer NOT NULL DEFAULT 0,
    last_error            text,
    entries_seen          bigint NOT NULL DEFAULT 0,
    items_new             bigint NOT NULL DEFAULT 0
);
