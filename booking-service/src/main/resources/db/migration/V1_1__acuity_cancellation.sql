-- Appointments to cancel in Acuity, recorded in the transaction that cancelled their booking here because its
-- mentor retired or its user closed their account (both arrive as events). A job carries them out with retries,
-- so Acuity being down never holds up the events: the inbox transaction makes no remote call.
CREATE TABLE acuity_cancellation (
    booking_id      text PRIMARY KEY REFERENCES booking (id),
    appointment_id  bigint      NOT NULL,
    reason          text        NOT NULL,
    -- PENDING until Acuity cancelled it (DONE) or refused to for good (REFUSED: an operator looks at it)
    status          text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DONE', 'REFUSED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error      text,
    created_at      timestamptz NOT NULL,
    done_at         timestamptz
);
CREATE INDEX acuity_cancellation_due ON acuity_cancellation (next_attempt_at) WHERE status = 'PENDING';
