-- The user directory: id is the token's sub (Clerk's "user_…" format, also for the local issuer).
CREATE TABLE app_user (
    id               TEXT PRIMARY KEY,
    email            TEXT        NOT NULL,
    display_name     TEXT        NOT NULL,
    avatar_url       TEXT,
    time_zone        TEXT        NOT NULL DEFAULT 'UTC',
    roles            TEXT[]      NOT NULL DEFAULT ARRAY['mentee'],
    created_at       TIMESTAMPTZ NOT NULL,
    updated_at       TIMESTAMPTZ NOT NULL,
    deleted_at       TIMESTAMPTZ,
    -- Clerk's updated_at (ms) of the last webhook applied: an older delivery arriving late changes nothing
    clerk_updated_at BIGINT,
    -- roles changed here and not yet written to Clerk's public_metadata (Clerk mode)
    clerk_roles_pending BOOLEAN NOT NULL DEFAULT FALSE
);

-- one live account per email, whatever its case
CREATE UNIQUE INDEX app_user_email_live ON app_user (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX app_user_clerk_roles_pending ON app_user (id) WHERE clerk_roles_pending;

-- Local issuer mode: password hashes (bcrypt), never the password.
CREATE TABLE credential (
    user_id       TEXT PRIMARY KEY REFERENCES app_user (id),
    password_hash TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Local issuer mode: sessions behind the long-lived httpOnly cookie. Only a hash of the cookie's secret is kept.
CREATE TABLE user_session (
    id           TEXT PRIMARY KEY,
    user_id      TEXT        NOT NULL REFERENCES app_user (id),
    secret_hash  TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ NOT NULL,
    expires_at   TIMESTAMPTZ NOT NULL,
    ended_at     TIMESTAMPTZ
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Local issuer mode: RSA signing keys, generated on first start. A retired key stays published in the JWKS
-- until every token it signed has expired.
CREATE TABLE signing_key (
    kid         TEXT PRIMARY KEY,
    private_key TEXT        NOT NULL,
    public_jwk  TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    retired_at  TIMESTAMPTZ
);

-- Throttle for failed sign-ins, per email and per client address.
CREATE TABLE sign_in_throttle (
    throttle_key  TEXT PRIMARY KEY,
    failures      INT         NOT NULL,
    window_start  TIMESTAMPTZ NOT NULL,
    locked_until  TIMESTAMPTZ
);

-- Clerk webhooks already applied (svix-id), so a redelivery has no second effect.
CREATE TABLE clerk_delivery (
    svix_id     TEXT PRIMARY KEY,
    event_type  TEXT        NOT NULL,
    received_at TIMESTAMPTZ NOT NULL
);
