-- News items as stored after cleanup. Duplicates are recognised by URL, by the hash of the
-- normalised content and by the client's own id: each is unique.
CREATE TABLE ingest.news_items (
    id            uuid PRIMARY KEY,
    cluster_id    uuid NOT NULL,
    client_id     text UNIQUE,
    title         text NOT NULL,
    body          text NOT NULL,
    published_at  timestamptz NOT NULL,
    accepted_at   timestamptz NOT NULL,
    source_kind   text NOT NULL,
    source        text,
    url           text UNIQUE,
    language      text,
    content_hash  bytea NOT NULL UNIQUE
);

-- Transactional outbox: a row per item still to publish as NewsItemIngested. Written in the
-- same transaction as the item; the relay deletes it once the broker confirmed the publish.
CREATE TABLE ingest.outbox (
    id          bigserial PRIMARY KEY,
    news_id     uuid NOT NULL REFERENCES ingest.news_items (id),
    created_at  timestamptz NOT NULL DEFAULT now()
);
