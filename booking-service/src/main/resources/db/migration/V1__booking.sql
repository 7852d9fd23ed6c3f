-- booking-service owns availability, bookings and their Acuity sync state.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- What booking-service knows of mentors, from mentors.v1 (mentor-service owns them).
CREATE TABLE mentor (
    mentor_id                  text PRIMARY KEY,
    user_id                    text,
    kind                       text        NOT NULL,
    display_name               text,
    time_zone                  text,
    session_minutes            integer,
    acuity_calendar_id         text,
    acuity_appointment_type_id text,
    active                     boolean     NOT NULL,
    updated_at                 timestamptz NOT NULL
);
CREATE INDEX mentor_user_idx ON mentor (user_id);
CREATE INDEX mentor_acuity_calendar_idx ON mentor (acuity_calendar_id);

-- What booking-service knows of people, from identity.users.v1: appointments made in Acuity directly carry only
-- an email address, which maps them to a Mentra user.
CREATE TABLE person (
    user_id      text PRIMARY KEY,
    email        text,
    display_name text,
    deleted      boolean     NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX person_email_idx ON person (lower(email));

-- A mentor's weekly hours, date overrides (JSON, validated by the API) and booking rules.
CREATE TABLE availability (
    mentor_id              text PRIMARY KEY,
    time_zone              text        NOT NULL,
    weekly                 text        NOT NULL,
    overrides              text        NOT NULL,
    session_minutes        integer     NOT NULL CHECK (session_minutes BETWEEN 15 AND 480),
    buffer_before_minutes  integer     NOT NULL CHECK (buffer_before_minutes BETWEEN 0 AND 240),
    buffer_after_minutes   integer     NOT NULL CHECK (buffer_after_minutes BETWEEN 0 AND 240),
    minimum_notice_minutes integer     NOT NULL CHECK (minimum_notice_minutes >= 0),
    horizon_days           integer     NOT NULL CHECK (horizon_days BETWEEN 1 AND 365),
    max_per_day            integer     NOT NULL CHECK (max_per_day BETWEEN 1 AND 48),
    slot_step_minutes      integer     NOT NULL CHECK (slot_step_minutes BETWEEN 5 AND 240),
    updated_at             timestamptz NOT NULL
);

CREATE TABLE booking (
    id                    text PRIMARY KEY,
    mentor_id             text        NOT NULL,
    mentor_user_id        text,
    mentee_id             text,
    guest_name            text,
    guest_email           text,
    starts_at             timestamptz NOT NULL,
    ends_at               timestamptz NOT NULL,
    -- the time the mentor keeps for the session: its start and end widened by the buffers in force when booked
    blocked_from          timestamptz NOT NULL,
    blocked_until         timestamptz NOT NULL,
    time_zone             text        NOT NULL,
    note                  text,
    status                text        NOT NULL,
    status_reason         text,
    previous_starts_at    timestamptz,
    previous_ends_at      timestamptz,
    acuity_appointment_id bigint UNIQUE,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CHECK (ends_at > starts_at),
    CHECK (blocked_from <= starts_at AND blocked_until >= ends_at),
    CHECK (status IN ('PENDING', 'CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW', 'FAILED')),
    -- No double booking, whatever arrives at the same time: the database refuses two held sessions of one mentor
    -- whose kept time (buffers included) overlaps. PENDING holds the slot while Acuity is asked.
    CONSTRAINT booking_no_overlap EXCLUDE USING gist (
        mentor_id WITH =, tstzrange(blocked_from, blocked_until, '[)') WITH &&
    ) WHERE (status IN ('PENDING', 'CONFIRMED'))
);
CREATE INDEX booking_mentee_idx ON booking (mentee_id, starts_at);
CREATE INDEX booking_mentor_idx ON booking (mentor_id, starts_at);
CREATE INDEX booking_due_idx ON booking (ends_at) WHERE status = 'CONFIRMED';

-- Idempotency-Key of POST /api/bookings: same caller, same key, same request → the same booking.
CREATE TABLE idempotency_key (
    caller_id    text        NOT NULL,
    key          text        NOT NULL,
    request_hash text        NOT NULL,
    booking_id   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    PRIMARY KEY (caller_id, key)
);
