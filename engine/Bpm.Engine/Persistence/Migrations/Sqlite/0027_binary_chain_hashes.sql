-- History chain hashes as their 32 raw bytes instead of 64 characters of lower-case hex (docs/records.md, "How hashes are
-- stored"): the journal and user task history rows' hash and previous hash, and the instance's head hash, which every step
-- writes. Existing rows are converted; unhex() is the exact inverse of the hex the engine wrote, so every row still
-- verifies. SQLite cannot change a column's declared type, so each column is replaced by a BLOB column holding the
-- converted value (none of them is indexed or constrained). The hashed content (the canonical encoding) does not change:
-- it still contains the previous hash as hex.
ALTER TABLE journal ADD COLUMN hash_bytes BLOB NULL;
UPDATE journal SET hash_bytes = unhex(hash) WHERE hash IS NOT NULL;
ALTER TABLE journal DROP COLUMN hash;
ALTER TABLE journal RENAME COLUMN hash_bytes TO hash;
ALTER TABLE journal ADD COLUMN previous_hash_bytes BLOB NULL;
UPDATE journal SET previous_hash_bytes = unhex(previous_hash) WHERE previous_hash IS NOT NULL;
ALTER TABLE journal DROP COLUMN previous_hash;
ALTER TABLE journal RENAME COLUMN previous_hash_bytes TO previous_hash;
ALTER TABLE user_task_history ADD COLUMN hash_bytes BLOB NULL;
UPDATE user_task_history SET hash_bytes = unhex(hash) WHERE hash IS NOT NULL;
ALTER TABLE user_task_history DROP COLUMN hash;
ALTER TABLE user_task_history RENAME COLUMN hash_bytes TO hash;
ALTER TABLE user_task_history ADD COLUMN previous_hash_bytes BLOB NULL;
UPDATE user_task_history SET previous_hash_bytes = unhex(previous_hash) WHERE previous_hash IS NOT NULL;
ALTER TABLE user_task_history DROP COLUMN previous_hash;
ALTER TABLE user_task_history RENAME COLUMN previous_hash_bytes TO previous_hash;
ALTER TABLE process_instances ADD COLUMN history_head_hash_bytes BLOB NULL;
UPDATE process_instances SET history_head_hash_bytes = unhex(history_head_hash) WHERE history_head_hash IS NOT NULL;
ALTER TABLE process_instances DROP COLUMN history_head_hash;
ALTER TABLE process_instances RENAME COLUMN history_head_hash_bytes TO history_head_hash;
