-- chat-service: conversations, their participants and messages, read state, and the local directories of
-- mentors and users built from mentors.v1 and identity.users.v1.

CREATE TABLE conversation (
    id          TEXT PRIMARY KEY,
    kind        TEXT        NOT NULL CHECK (kind IN ('SESSION', 'DIRECT', 'AI_MENTOR', 'COUNCIL')),
    title       TEXT        NOT NULL,
    -- SESSION: one conversation per booking, however often booking.confirmed is delivered
    booking_id  TEXT UNIQUE,
    mentor_id   TEXT,
    council_id  TEXT,
    created_by  TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- the seq of the newest message; bumped with UPDATE ... RETURNING in the transaction that inserts it, so the
    -- row lock serialises writers of one conversation and the sequence has no gaps
    last_seq    BIGINT      NOT NULL DEFAULT 0
);

-- a mentee has one DIRECT conversation with a given human mentor
CREATE UNIQUE INDEX conversation_direct_pair ON conversation (created_by, mentor_id) WHERE kind = 'DIRECT';

CREATE TABLE participant (
    conversation_id TEXT        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    user_id         TEXT        NOT NULL,
    role            TEXT        NOT NULL CHECK (role IN ('MENTEE', 'MENTOR', 'OWNER')),
    last_read_seq   BIGINT      NOT NULL DEFAULT 0,
    joined_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (conversation_id, user_id)
);

CREATE INDEX participant_user ON participant (user_id);

CREATE TABLE message (
    id              TEXT PRIMARY KEY,
    conversation_id TEXT        NOT NULL REFERENCES conversation (id) ON DELETE CASCADE,
    seq             BIGINT      NOT NULL,
    author_kind     TEXT        NOT NULL CHECK (author_kind IN ('USER', 'AI', 'SYSTEM')),
    -- USER: the user id; AI: the AI mentor id; SYSTEM: null
    author_id       TEXT,
    author_name     TEXT,
    -- plain text, trimmed; clients render it as text, never as HTML
    text            TEXT        NOT NULL,
    client_id       TEXT,
    -- AI messages: JSON with mentorId, stage, mode (offline/llm), ranking, ...
    metadata        TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT message_seq UNIQUE (conversation_id, seq),
    -- the same client id twice is one message (NULLs are distinct: messages without a client id are all kept)
    CONSTRAINT message_client_id UNIQUE (conversation_id, client_id)
);

CREATE TABLE directory_mentor (
    mentor_id    TEXT PRIMARY KEY,
    kind         TEXT        NOT NULL,
    user_id      TEXT,
    display_name TEXT        NOT NULL,
    active       BOOLEAN     NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE directory_user (
    user_id      TEXT PRIMARY KEY,
    display_name TEXT,
    deleted      BOOLEAN     NOT NULL DEFAULT false,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
