-- An outbox row and a sketch are inserted in the transaction that inserts their news item
-- (NewsItemStore), and nothing deletes a news item, so their foreign keys could never fail;
-- each still cost a lookup and a row lock on ingest.news_items for every item stored. An
-- integration test looks for rows without their news item instead
-- (PipelineFixture.AssertEveryRowHasItsItemAsync, after the fault and near-duplicate tests).
ALTER TABLE ingest.outbox DROP CONSTRAINT IF EXISTS outbox_news_id_fkey;
ALTER TABLE ingest.news_sketches DROP CONSTRAINT IF EXISTS news_sketches_news_id_fkey;
