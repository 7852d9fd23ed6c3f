-- Admins curate an AI mentor's knowledge card by card: a card is retired (kept, no longer used to answer) rather
-- than deleted, so it can be looked up and brought back. Only cards without retired_at ground answers.
ALTER TABLE advice_card ADD COLUMN retired_at TIMESTAMPTZ;
ALTER TABLE advice_card ADD COLUMN updated_at TIMESTAMPTZ NOT NULL DEFAULT now();
