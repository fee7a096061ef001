-- 0004: a parked update remembers whose it was, so "forget" removes it with the rest of that user's data.

ALTER TABLE parked_updates ADD COLUMN external_user_id TEXT NOT NULL DEFAULT '';

CREATE INDEX parked_updates_owner ON parked_updates (platform, external_user_id);
