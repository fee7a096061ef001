-- 0001: users, their interviews and open wizards, the inbox (dedupe) and the outbox.
-- Instants are ISO-8601 UTC text ("O" format, offset +00:00), so they sort as text.

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    external_id TEXT NOT NULL,
    time_zone_id TEXT NOT NULL,
    -- Interview numbers are never reused within a user, even after a delete.
    next_interview_number INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    UNIQUE (platform, external_id)
) STRICT;

CREATE TABLE interviews (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    company TEXT NOT NULL,
    role TEXT NOT NULL,
    interviewers TEXT NOT NULL,
    held_at TEXT NOT NULL,
    channel INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    UNIQUE (user_id, number)
) STRICT;

CREATE TABLE dialogs (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    chat_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    step TEXT NOT NULL,
    values_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (user_id, chat_id)
) STRICT;

CREATE TABLE inbox (
    platform TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    PRIMARY KEY (platform, dedupe_key)
) STRICT;

-- A message survives its user's deletion (the goodbye after "forget" must still be sent), but then
-- carries no link to them; once delivered, its chat and body are blanked, so no message text stays.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NULL REFERENCES users (id) ON DELETE SET NULL,
    platform TEXT NOT NULL,
    chat_id TEXT NULL,
    payload_json TEXT NULL,
    created_at TEXT NOT NULL,
    delivered_at TEXT NULL,
    CHECK (delivered_at IS NOT NULL OR (chat_id IS NOT NULL AND payload_json IS NOT NULL))
) STRICT;

CREATE INDEX outbox_undelivered ON outbox (platform, id) WHERE delivered_at IS NULL;

CREATE INDEX outbox_user ON outbox (user_id);
