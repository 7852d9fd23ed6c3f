-- Shared by every service (deploy/platform). Versions 0.x belong to the platform, 1 and up to the service.

-- Events a consumer could not apply: a deterministic failure (constraint violation, bad data, a domain refusal,
-- a record that is not an event) or a transient one that outlived its retries. The record is acknowledged so the
-- partition moves on; the row keeps everything needed to replay it through the inbox once the cause is fixed.
CREATE TABLE mentra_inbox_parked (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer        TEXT        NOT NULL,
    -- null when the record was not a readable event
    event_id        UUID,
    event_type      TEXT,
    -- the envelope's subject, else the Kafka key
    subject         TEXT,
    topic           TEXT,
    kafka_partition INT,
    kafka_offset    BIGINT,
    payload         TEXT        NOT NULL,
    error           TEXT        NOT NULL,
    -- true when retries of a transient failure ran out; false for a failure retrying cannot fix
    transient       BOOLEAN     NOT NULL,
    attempts        INT         NOT NULL,
    first_failed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_failed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- set when a replay applied the event (APPLIED) or found it applied already (ALREADY_APPLIED)
    replayed_at     TIMESTAMPTZ,
    replay_outcome  TEXT CHECK (replay_outcome IN ('APPLIED', 'ALREADY_APPLIED')),
    -- one row per event and consumer: a redelivered event that fails again updates it (NULL event ids are distinct)
    UNIQUE (consumer, event_id)
);

-- what operators list and replay: the events still waiting
CREATE INDEX mentra_inbox_parked_waiting ON mentra_inbox_parked (consumer, id) WHERE replayed_at IS NULL;
