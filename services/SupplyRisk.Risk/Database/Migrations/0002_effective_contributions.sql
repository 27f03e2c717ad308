-- The row that counts for each story (cluster) and sector: its earliest-published item, ties
-- broken by news id. The writer keeps it in the transaction that stores the contributions, so
-- the index reads one row per story instead of sorting every contribution each time it is
-- recomputed (about once a second while news flows; that sort grew with the whole history).
-- The rule is a minimum, so the row is the same whatever order the items arrived in.
CREATE TABLE risk.effective_contributions (
    cluster_id    uuid NOT NULL,
    sector        text NOT NULL,
    news_id       uuid NOT NULL REFERENCES risk.scored_items (news_id),
    published_at  timestamptz NOT NULL,
    contribution  double precision NOT NULL,
    PRIMARY KEY (cluster_id, sector)
);
CREATE INDEX effective_contributions_sector_published ON risk.effective_contributions (sector, published_at);

INSERT INTO risk.effective_contributions (cluster_id, sector, news_id, published_at, contribution)
SELECT DISTINCT ON (cluster_id, sector) cluster_id, sector, news_id, published_at, contribution
FROM risk.contributions
ORDER BY cluster_id, sector, published_at, news_id;

-- Nothing reads the contributions by sector and time any more; the index only cost writes.
DROP INDEX risk.contributions_sector_published;
