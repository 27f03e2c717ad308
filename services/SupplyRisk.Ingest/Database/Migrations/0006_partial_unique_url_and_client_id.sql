-- Most items come without a client id, and many without a URL (every file and feed item without
-- a link, every benchmark item). A unique index on either kept an entry for each of their NULLs:
-- an index insertion and a WAL record per item that could never conflict with anything. Partial
-- indexes give the same guarantee (NULLs are never equal) and still serve the duplicate lookup
-- (NewsItemStore: url = ANY(@urls), client_id = ANY(@clientIds)), generic plan included. The
-- store's ON CONFLICT DO NOTHING names no index, so it arbitrates on these as before.
ALTER TABLE ingest.news_items DROP CONSTRAINT IF EXISTS news_items_client_id_key;
CREATE UNIQUE INDEX news_items_client_id_key ON ingest.news_items (client_id) WHERE client_id IS NOT NULL;
ALTER TABLE ingest.news_items DROP CONSTRAINT IF EXISTS news_items_url_key;
CREATE UNIQUE INDEX news_items_url_key ON ingest.news_items (url) WHERE url IS NOT NULL;
