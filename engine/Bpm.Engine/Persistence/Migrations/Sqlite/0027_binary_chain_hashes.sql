-- History chain hashes as their 32 raw bytes instead of 64 characters of lower-case hex (docs/records.md, "How hashes are
-- stored"): the journal and user task history rows' hash and previous hash, and the instance's head hash, which every step
-- writes. Existing rows are converted in place; unhex() is the exact inverse of the hex the engine wrote, so every row still
-- verifies. The columns keep their declared type: SQLite stores a BLOB in a TEXT column as it is. The hashed content (the
-- canonical encoding) does not change: it still contains the previous hash as hex.
UPDATE journal SET hash = unhex(hash), previous_hash = unhex(previous_hash)
WHERE typeof(hash) = 'text' OR typeof(previous_hash) = 'text';
UPDATE user_task_history SET hash = unhex(hash), previous_hash = unhex(previous_hash)
WHERE typeof(hash) = 'text' OR typeof(previous_hash) = 'text';
UPDATE process_instances SET history_head_hash = unhex(history_head_hash) WHERE typeof(history_head_hash) = 'text';
