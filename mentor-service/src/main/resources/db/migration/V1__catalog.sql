-- The mentor catalog: human mentors (linked to a user) and AI mentors (personas with a knowledge base).

-- array_to_string is only STABLE; the search column needs an IMMUTABLE expression
CREATE FUNCTION mentra_join(words TEXT[]) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string(words, ' '), '') $$;

CREATE TABLE mentor (
    id                         TEXT PRIMARY KEY,
    kind                       TEXT        NOT NULL CHECK (kind IN ('HUMAN', 'AI')),
    user_id                    TEXT UNIQUE,           -- HUMAN: the user (token sub) behind the profile
    display_name               TEXT        NOT NULL,
    headline                   TEXT        NOT NULL,
    bio                        TEXT        NOT NULL,
    expertise                  TEXT[]      NOT NULL DEFAULT '{}',
    languages                  TEXT[]      NOT NULL DEFAULT '{en}',
    time_zone                  TEXT,
    session_minutes            INT,
    price_cents                INT,
    currency                   TEXT,
    acuity_calendar_id         TEXT,
    acuity_appointment_type_id TEXT,
    -- AI persona
    voice                      TEXT,                  -- how the persona speaks
    system_prompt              TEXT,
    active                     BOOLEAN     NOT NULL DEFAULT TRUE,
    rating_average             NUMERIC(3, 2),
    rating_count               INT         NOT NULL DEFAULT 0,
    created_at                 TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at                 TIMESTAMPTZ NOT NULL DEFAULT now(),
    search                     TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('english', display_name), 'A') ||
        setweight(to_tsvector('english', headline), 'A') ||
        setweight(to_tsvector('english', mentra_join(expertise)), 'B') ||
        setweight(to_tsvector('english', bio), 'C')) STORED,
    CHECK (kind = 'AI' OR user_id IS NOT NULL)
);
CREATE INDEX mentor_search ON mentor USING GIN (search);
CREATE INDEX mentor_expertise ON mentor USING GIN (expertise);

-- An AI mentor's knowledge: curated advice cards, retrieved to ground every answer.
CREATE TABLE advice_card (
    id        TEXT PRIMARY KEY,
    mentor_id TEXT NOT NULL REFERENCES mentor (id),
    position  INT  NOT NULL,
    title     TEXT NOT NULL,
    body      TEXT NOT NULL,
    tags      TEXT[] NOT NULL DEFAULT '{}',
    UNIQUE (mentor_id, position)
);

-- A council: AI mentors answering together, one of them chairing. Public councils have no owner.
CREATE TABLE council (
    id              TEXT PRIMARY KEY,
    name            TEXT        NOT NULL,
    purpose         TEXT        NOT NULL,
    chair_mentor_id TEXT        NOT NULL REFERENCES mentor (id),
    owner_user_id   TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE council_member (
    council_id TEXT NOT NULL REFERENCES council (id) ON DELETE CASCADE,
    mentor_id  TEXT NOT NULL REFERENCES mentor (id),
    position   INT  NOT NULL,
    PRIMARY KEY (council_id, mentor_id)
);

-- Becoming a human mentor: a signed-in user applies, an admin approves (creating the profile) or declines.
CREATE TABLE mentor_application (
    id              TEXT PRIMARY KEY,
    user_id         TEXT        NOT NULL,
    display_name    TEXT        NOT NULL,
    headline        TEXT        NOT NULL,
    bio             TEXT        NOT NULL,
    expertise       TEXT[]      NOT NULL,
    languages       TEXT[]      NOT NULL,
    time_zone       TEXT        NOT NULL,
    session_minutes INT         NOT NULL,
    price_cents     INT,
    currency        TEXT,
    status          TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
    decided_by      TEXT,
    decision_note   TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    decided_at      TIMESTAMPTZ
);
-- one open application per person
CREATE UNIQUE INDEX mentor_application_pending ON mentor_application (user_id) WHERE status = 'PENDING';

-- Sessions booking-service reported completed: the right to review that mentor, once per booking.
CREATE TABLE completed_session (
    booking_id   TEXT PRIMARY KEY,
    mentor_id    TEXT        NOT NULL,
    mentee_id    TEXT        NOT NULL,
    completed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX completed_session_pair ON completed_session (mentor_id, mentee_id);

CREATE TABLE review (
    id         TEXT PRIMARY KEY,
    booking_id TEXT        NOT NULL UNIQUE REFERENCES completed_session (booking_id),
    mentor_id  TEXT        NOT NULL REFERENCES mentor (id),
    mentee_id  TEXT        NOT NULL,
    rating     INT         NOT NULL CHECK (rating BETWEEN 1 AND 5),
    text       TEXT,
    created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX review_mentor ON review (mentor_id, created_at DESC);
