-- 0002: what the coaching flows record per interview, the candidate's notes and checklist ticks,
-- and small per-platform state (gateway sessions, parked updates).

ALTER TABLE interviews ADD COLUMN thank_you_sent_at TEXT NULL;
-- The decision date the employer gave, as a calendar day in the user's zone (yyyy-MM-dd).
ALTER TABLE interviews ADD COLUMN decision_by TEXT NULL;
ALTER TABLE interviews ADD COLUMN follow_up_sent_at TEXT NULL;
ALTER TABLE interviews ADD COLUMN reply_received_at TEXT NULL;
ALTER TABLE interviews ADD COLUMN outcome TEXT NULL;
ALTER TABLE interviews ADD COLUMN outcome_at TEXT NULL;
ALTER TABLE interviews ADD COLUMN call_at TEXT NULL;
ALTER TABLE interviews ADD COLUMN call_with TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN second_at TEXT NULL;

-- Notes for the call prep sheet and the second-interview cheat sheet.
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    sheet TEXT NOT NULL,
    section TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at TEXT NOT NULL
) STRICT;

CREATE INDEX notes_interview ON notes (interview_id, sheet);

CREATE TABLE checklist_ticks (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    checklist TEXT NOT NULL,
    item TEXT NOT NULL,
    ticked_at TEXT NOT NULL,
    PRIMARY KEY (interview_id, checklist, item)
) STRICT;

CREATE TABLE platform_state (
    platform TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (platform, key)
) STRICT;

CREATE TABLE parked_updates (
    id INTEGER PRIMARY KEY,
    platform TEXT NOT NULL,
    dedupe_key TEXT NOT NULL,
    payload TEXT NOT NULL,
    reason TEXT NOT NULL,
    parked_at TEXT NOT NULL
) STRICT;
