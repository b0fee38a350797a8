-- History chain hashes as their 32 raw bytes instead of 64 characters of lower-case hex (docs/records.md, "How hashes are
-- stored"): the journal and user task history rows' hash and previous hash, and the instance's head hash, which every step
-- writes. Existing rows are converted in place; decode(hex) is the exact inverse of the hex the engine wrote, so every row
-- still verifies. The hashed content (the canonical encoding) does not change: it still contains the previous hash as hex.
ALTER TABLE journal
    ALTER COLUMN hash TYPE bytea USING decode(hash, 'hex'),
    ALTER COLUMN previous_hash TYPE bytea USING decode(previous_hash, 'hex');
ALTER TABLE user_task_history
    ALTER COLUMN hash TYPE bytea USING decode(hash, 'hex'),
    ALTER COLUMN previous_hash TYPE bytea USING decode(previous_hash, 'hex');
ALTER TABLE process_instances
    ALTER COLUMN history_head_hash TYPE bytea USING decode(history_head_hash, 'hex');
