-- 0009: the settings a user may change besides the zone. NULL means the default: Monday to Friday for working days
-- (stored as "mon,tue,wed,thu"), and for the name the platform's display name, so existing users keep what they had.
ALTER TABLE users ADD COLUMN working_days TEXT;

ALTER TABLE users ADD COLUMN name TEXT;
