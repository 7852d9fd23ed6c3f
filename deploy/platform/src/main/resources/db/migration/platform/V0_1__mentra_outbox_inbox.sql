-- Shared by every service (deploy/platform). Versions 0.x belong to the platform, 1 and up to the service.

-- Transactional outbox: an event row is written in the same transaction as the state change it describes;
-- the relay publishes pending rows to Kafka in id order and marks them published.
CREATE TABLE mentra_outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     UUID        NOT NULL UNIQUE,
    topic        TEXT        NOT NULL,
    message_key  TEXT        NOT NULL,
    event_type   TEXT        NOT NULL,
    payload      TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);

-- the relay only ever looks for what is still pending
CREATE INDEX mentra_outbox_pending ON mentra_outbox (id) WHERE published_at IS NULL;

-- Inbox: one row per event a consumer has applied, written in the same transaction as the effect,
-- so a redelivered event is recognised and has no second effect.
CREATE TABLE mentra_inbox (
    consumer     TEXT        NOT NULL,
    event_id     UUID        NOT NULL,
    event_type   TEXT        NOT NULL,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
