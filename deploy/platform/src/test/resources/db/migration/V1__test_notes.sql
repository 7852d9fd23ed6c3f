CREATE TABLE note (
    id    UUID PRIMARY KEY,
    text  TEXT NOT NULL
);

CREATE TABLE applied_effect (
    subject TEXT PRIMARY KEY,
    times   INT  NOT NULL
);
