-- Mentors written by migrations (the starter catalog) were never announced on mentors.v1, so other services
-- (chat, booking) did not know them. A mentor not yet announced is published once at start-up.
ALTER TABLE mentor ADD COLUMN announced boolean NOT NULL DEFAULT true;
UPDATE mentor SET announced = false;
