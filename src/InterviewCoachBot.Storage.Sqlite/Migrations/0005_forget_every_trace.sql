-- 0005: "forget" leaves no trace. Dedupe keys are kept as keyed hashes, and per-user platform state has an owner.

-- Secrets of this database file, made here once. 'inbox' keys the HMAC of dedupe keys: a key still recognises a
-- redelivered update after its user is forgotten, but no longer shows a console user name or any platform id.
-- It lives in the file it protects, so it only hides keys that cannot be guessed; that is enough, since the
-- guessable ones (Telegram update ids, Discord interaction ids) say nothing about a user.
CREATE TABLE secrets (
    name TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;

INSERT INTO secrets (name, value) VALUES ('inbox', randomblob(32));

-- Existing keys are re-keyed the same way the inbox store hashes new ones, so a redelivery after the upgrade is still
-- recognised.
UPDATE inbox SET dedupe_key = hmac_sha256_hex((SELECT value FROM secrets WHERE name = 'inbox'), dedupe_key);

-- The user (external id on the row's platform) a value belongs to: deleted with their data. NULL: the platform's own
-- state (a gateway session, the hash of the registered commands).
ALTER TABLE platform_state ADD COLUMN owner_id TEXT NULL;

CREATE INDEX platform_state_owner ON platform_state (platform, owner_id) WHERE owner_id IS NOT NULL;

-- Existing rows: a Discord DM channel names its user (in the key one way, in the value the other), so it gets its owner.
UPDATE platform_state SET owner_id = substr(key, length('dm.user.') + 1)
WHERE platform = 'discord' AND key GLOB 'dm.user.*';

UPDATE platform_state SET owner_id = value
WHERE platform = 'discord' AND key GLOB 'dm.channel.*';

-- Stored button data names no owner (the owner is only in the message that carries the button), so it goes: such a
-- button on an older message answers "This button expired", and the user sends the command again.
DELETE FROM platform_state
WHERE owner_id IS NULL
    AND ((platform = 'discord' AND key GLOB 'button.*') OR (platform = 'telegram' AND key GLOB 'button:*'));

-- Rows left behind by users who were forgotten before this version. A DM channel of someone still using the bot who
-- has no account yet is learnt again from their next interaction.
DELETE FROM platform_state
WHERE owner_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM users WHERE users.platform = platform_state.platform AND users.external_id = platform_state.owner_id);

-- Updates parked before 0004 have no owner, so "forget" could not find them; a Telegram update names its sender.
UPDATE parked_updates
SET external_user_id = coalesce(
    CAST(json_extract(payload, '$.message.from.id') AS TEXT),
    CAST(json_extract(payload, '$.callback_query.from.id') AS TEXT),
    '')
WHERE external_user_id = '' AND platform = 'telegram' AND json_valid(payload);
