-- Every scored item once (natural key: news id), whatever the number of deliveries.
CREATE TABLE risk.scored_items (
    news_id        uuid PRIMARY KEY,
    cluster_id     uuid NOT NULL,
    title          text NOT NULL,
    url            text,
    source         text,
    published_at   timestamptz NOT NULL,
    accepted_at    timestamptz NOT NULL,
    received_at    timestamptz NOT NULL DEFAULT now(),
    overall        text NOT NULL,
    model_version  text NOT NULL
);

-- What each item adds to each sector at publication time, in index points. The index at any
-- time t is derived from these rows (decayed by t - published_at), so the history does not
-- depend on the order in which items arrived.
CREATE TABLE risk.contributions (
    news_id       uuid NOT NULL REFERENCES risk.scored_items (news_id),
    sector        text NOT NULL,
    cluster_id    uuid NOT NULL,
    published_at  timestamptz NOT NULL,
    contribution  double precision NOT NULL,
    PRIMARY KEY (news_id, sector)
);
CREATE INDEX contributions_sector_published ON risk.contributions (sector, published_at);

-- The score and band of the last SectorRiskChanged per sector: the reference for the step
-- and the band hysteresis.
CREATE TABLE risk.sector_state (
    sector      text PRIMARY KEY,
    score       double precision NOT NULL,
    band        text NOT NULL,
    updated_at  timestamptz NOT NULL
);

-- Every SectorRiskChanged published, as sent.
CREATE TABLE risk.risk_changes (
    id              bigserial PRIMARY KEY,
    sector          text NOT NULL,
    previous_score  double precision NOT NULL,
    score           double precision NOT NULL,
    previous_band   text NOT NULL,
    band            text NOT NULL,
    direction       text NOT NULL,
    occurred_at     timestamptz NOT NULL,
    payload         jsonb NOT NULL
);
CREATE INDEX risk_changes_sector_time ON risk.risk_changes (sector, occurred_at);
