-- 0008: what retention prunes is reached through an index, so a pruning batch reads only the rows it deletes instead
-- of scanning a table while it holds the write lock every message needs. Time-ordered keys append at the right edge of
-- each index, so a turn pays about one page for them.
CREATE INDEX inbox_processed ON inbox (processed_at);

CREATE INDEX outbox_delivered ON outbox (delivered_at) WHERE delivered_at IS NOT NULL;

-- Ended nudges (sent, skipped, cancelled, failed) by the end of their window: once that has passed, the planner would
-- not plan them again, so their identity row is no longer needed to keep them from repeating.
CREATE INDEX nudges_ended ON nudges (expires_at) WHERE status <> 'planned';
