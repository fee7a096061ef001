-- 0007: when a planned nudge can next be claimed (its due time, pushed back by a pending retry or a live lease), in one
-- indexed column. The dispatcher's next-wake query and its claim then walk this index and stop at the batch size,
-- instead of reading every planned nudge of the platform while holding the write lock every message needs.
-- VIRTUAL: computed from the row, so no statement can forget to keep it in step; only the index stores it.
ALTER TABLE nudges ADD COLUMN wake_at TEXT
    GENERATED ALWAYS AS (MAX(due_at, COALESCE(next_attempt_at, due_at), COALESCE(lease_until, due_at))) VIRTUAL;

DROP INDEX nudges_planned_due;

CREATE INDEX nudges_planned_wake ON nudges (wake_at, id) WHERE status = 'planned';
