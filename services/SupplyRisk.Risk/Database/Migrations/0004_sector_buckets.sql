-- The news part of a sector's index "now" is a sum over every story in the horizon (280 days
-- by default): 90 ms for 280,000 stories, recomputed about once a second while news flows,
-- and growing with the history. Decay is exponential, so a day's stories can be summed ahead:
-- for a bucket starting at b, weighted = sum of contribution * 2^((published_at - b) / h), and
-- at time t the bucket adds weighted * 0.5^((t - b) / h), exactly what its stories add one by
-- one. The index then reads one row per sector and day, plus the stories of the (at most two)
-- days only partly inside (t - horizon, t], found through min_published and max_published.
--
-- The writer keeps these rows in the transaction that changes risk.effective_contributions,
-- holding an advisory lock so that the rows it replaces are the rows it read. h is the
-- configured half-life, part of the key: the service checks at start that the buckets for its
-- half-life count every effective row, and rebuilds them from that table when they do not
-- (first start after this migration, a changed half-life, a table emptied by hand).
CREATE TABLE risk.sector_buckets (
    sector             text NOT NULL,
    bucket             timestamptz NOT NULL,          -- a UTC day's start
    half_life_seconds  double precision NOT NULL,
    weighted           double precision NOT NULL,
    rows               integer NOT NULL,              -- effective rows in the day
    min_published      timestamptz,                   -- bounds of those rows, possibly wider
    max_published      timestamptz,                   -- after a story's row was replaced
    PRIMARY KEY (sector, half_life_seconds, bucket)
);
