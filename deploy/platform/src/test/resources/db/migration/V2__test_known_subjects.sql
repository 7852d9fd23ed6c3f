-- The test consumer's poison: an event naming a subject that is not known violates the foreign key, every time,
-- until the subject is added (the "fix" before a replay).
CREATE TABLE known_subject (
    name TEXT PRIMARY KEY
);

CREATE TABLE subject_reference (
    event_subject TEXT PRIMARY KEY,
    known         TEXT NOT NULL REFERENCES known_subject (name)
);
