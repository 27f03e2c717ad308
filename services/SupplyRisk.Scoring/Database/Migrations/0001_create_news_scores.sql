-- One row per (item, model version): the natural key of a score, so a redelivered message
-- or a replay writes nothing twice. The full explanation is kept as JSON for the API.
CREATE TABLE scoring.news_scores (
    news_id        uuid NOT NULL,
    model_version  text NOT NULL,
    cluster_id     uuid NOT NULL,
    title          text NOT NULL,
    url            text,
    source         text,
    published_at   timestamptz NOT NULL,
    accepted_at    timestamptz NOT NULL,
    scored_at      timestamptz NOT NULL DEFAULT now(),
    overall        text NOT NULL,
    result         jsonb NOT NULL,
    PRIMARY KEY (news_id, model_version)
);
