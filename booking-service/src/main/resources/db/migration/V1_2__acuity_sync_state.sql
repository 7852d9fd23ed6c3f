-- How the last reconciliation rounds with Acuity went, per mentor, so a mentor can see their connection's health
-- (GET /api/availability/acuity). Written after each round; one row per mentor, replaced as rounds come.
CREATE TABLE acuity_sync_state (
    mentor_id       text PRIMARY KEY,
    -- the calendar the round read: a state for an earlier calendar is not shown for a new one
    calendar_id     text        NOT NULL,
    last_attempt_at timestamptz NOT NULL,
    -- the last round that completed (null until one did)
    last_synced_at  timestamptz,
    -- why the last round failed (null when it completed)
    last_error      text,
    -- appointments the last completed round could not apply (JSON array of texts)
    problems        text        NOT NULL DEFAULT '[]'
);
