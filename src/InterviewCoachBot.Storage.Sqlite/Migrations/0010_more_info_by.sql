-- 0010: the day an employer wants the extra information by ("asked for more"), so a reminder can come the working
-- day before. Stored like decision_by (yyyy-MM-dd in the user's calendar); NULL when none was given.
ALTER TABLE interviews ADD COLUMN more_info_by TEXT NULL;
