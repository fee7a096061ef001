-- 0006: messages of users over their rate limit, kept until their turn comes (in id order per user) and deleted once
-- applied. The adapter confirms receipt to the platform only after the row is written, so a restart loses none.

CREATE TABLE deferred_inbound (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    external_user_id TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    content_json TEXT NOT NULL,
    time_zone_hint TEXT NULL,
    -- What the adapter needs to answer later (the pressed message, the interaction to follow up).
    context TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (platform, dedupe_key)
) STRICT;

CREATE INDEX deferred_inbound_user ON deferred_inbound (platform, external_user_id, id);
