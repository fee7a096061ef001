-- 0003: reminders ("nudges"): per-user settings, a per-interview stop, and the planned nudges.
-- Instants are ISO-8601 UTC text like everywhere else, so comparing them as text compares them in time.

ALTER TABLE users ADD COLUMN nudges_on INTEGER NOT NULL DEFAULT 1;
-- NULL: the content's default quiet hours; 'off'; or 'HH:mm-HH:mm' in the user's zone.
ALTER TABLE users ADD COLUMN quiet_hours TEXT NULL;
-- Set when a send found the user unreachable (blocked the bot); cleared at their next message.
ALTER TABLE users ADD COLUMN unreachable_at TEXT NULL;
ALTER TABLE interviews ADD COLUMN nudges_stopped INTEGER NOT NULL DEFAULT 0;

-- One row per nudge the planner ever wanted. (interview_id, rule, anchor) is its identity, so planning again never
-- duplicates one, and a sent or skipped nudge is never planned again.
-- status: planned -> sent | skipped (expired before it could go) | cancelled (no longer wanted) | failed (gave up).
-- A claim sets lease_until; a process killed while holding one leaves it to expire, and the nudge is claimed again.
CREATE TABLE nudges (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    rule TEXT NOT NULL,
    anchor TEXT NOT NULL,
    due_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'sent', 'cancelled', 'skipped', 'failed')),
    -- 1 once the user snoozed it: re-planning then leaves due_at alone.
    snoozed INTEGER NOT NULL DEFAULT 0,
    lease_until TEXT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NULL,
    sent_at TEXT NULL,
    late INTEGER NOT NULL DEFAULT 0,
    ended_at TEXT NULL,
    UNIQUE (interview_id, rule, anchor)
) STRICT;

CREATE INDEX nudges_planned_due ON nudges (due_at) WHERE status = 'planned';

CREATE INDEX nudges_user ON nudges (user_id, status);
