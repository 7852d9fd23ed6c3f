-- Sign-in throttling reworked: a growing delay per account, a much higher limit per client address that counts
-- failures only (one office behind one address is never locked out by a colleague's typos).
DROP TABLE sign_in_throttle;

-- Per account: every attempt is claimed here, in one statement, before the password is checked; the claim pushes
-- the next allowed attempt out by a delay that doubles with each unsuccessful attempt (capped). A successful
-- sign-in deletes the row. Keyed by a hash of the normalised email, known or not, so unknown emails are treated
-- alike and no typed address is kept.
CREATE TABLE sign_in_account_throttle (
    email_hash      TEXT PRIMARY KEY,
    attempts        INT         NOT NULL,
    last_attempt_at TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL
);

-- Per client address (as the gateway saw it): failed sign-ins within a fixed window.
CREATE TABLE sign_in_address_failures (
    address      TEXT PRIMARY KEY,
    failures     INT         NOT NULL,
    window_start TIMESTAMPTZ NOT NULL
);
