-- Wakes the outbox relay as soon as a transaction that wrote events commits, instead of at its next poll.
-- PostgreSQL delivers a NOTIFY only when (and if) its transaction commits, and folds identical ones of one
-- transaction into one, so a rolled-back change wakes nobody and a busy transaction wakes the relay once.
-- The relay still polls, slowly, as a safety net for a notification missed while its listener reconnected.
CREATE FUNCTION mentra_outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('mentra_outbox', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER mentra_outbox_written
    AFTER INSERT ON mentra_outbox
    FOR EACH STATEMENT EXECUTE FUNCTION mentra_outbox_notify();
