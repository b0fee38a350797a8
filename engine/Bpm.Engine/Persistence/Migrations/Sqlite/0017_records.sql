-- The full-process record (全过程记录, docs/records.md): every history row (journal, user task history), every audit row and
-- every access-log row carries its position in its chain, the hash of the previous row and its own hash. An instance's
-- chain head (hash and row count) is kept with its state; the audit and access chains keep theirs in record_chains, whose
-- row is updated in the same transaction as the appended rows (it also serialises concurrent writers). Anchors seal the
-- heads of all chains changed since the last anchor under one Merkle root. Rows written before this migration are chained
-- once at the next start-up (RecordBackfill), in their original order.

ALTER TABLE process_instances ADD COLUMN history_entries INTEGER NOT NULL DEFAULT 0;
ALTER TABLE process_instances ADD COLUMN history_head_hash TEXT NULL;

ALTER TABLE journal ADD COLUMN chain_position INTEGER NULL;
ALTER TABLE journal ADD COLUMN previous_hash TEXT NULL;
ALTER TABLE journal ADD COLUMN hash TEXT NULL;

ALTER TABLE user_task_history ADD COLUMN chain_position INTEGER NULL;
ALTER TABLE user_task_history ADD COLUMN previous_hash TEXT NULL;
ALTER TABLE user_task_history ADD COLUMN hash TEXT NULL;
CREATE INDEX ix_user_task_history_process_instance_key ON user_task_history (process_instance_key);

ALTER TABLE audit_log ADD COLUMN chain_position INTEGER NULL;
ALTER TABLE audit_log ADD COLUMN previous_hash TEXT NULL;
ALTER TABLE audit_log ADD COLUMN hash TEXT NULL;

CREATE TABLE record_chains (
    name TEXT NOT NULL CONSTRAINT pk_record_chains PRIMARY KEY,
    entries INTEGER NOT NULL,
    head_hash TEXT NULL
);
INSERT INTO record_chains (name, entries, head_hash) VALUES ('audit', 0, NULL), ('access', 0, NULL), ('anchor', 0, NULL);

CREATE TABLE access_log (
    id INTEGER NOT NULL CONSTRAINT pk_access_log PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    username TEXT NOT NULL,
    process_instance_key INTEGER NULL,
    resource TEXT NOT NULL,
    address TEXT NULL,
    reason TEXT NULL,
    chain_position INTEGER NULL,
    previous_hash TEXT NULL,
    hash TEXT NULL
);
CREATE INDEX ix_access_log_process_instance_key ON access_log (process_instance_key, at);
CREATE INDEX ix_access_log_username ON access_log (username, at);

CREATE TABLE record_anchors (
    id INTEGER NOT NULL CONSTRAINT pk_record_anchors PRIMARY KEY AUTOINCREMENT,
    anchored_at INTEGER NOT NULL,
    leaf_count INTEGER NOT NULL,
    merkle_root TEXT NOT NULL,
    previous_hash TEXT NULL,
    hash TEXT NOT NULL,
    signature TEXT NULL
);

CREATE TABLE record_anchor_leaves (
    anchor_id INTEGER NOT NULL,
    chain TEXT NOT NULL,
    entries INTEGER NOT NULL,
    head_hash TEXT NOT NULL,
    CONSTRAINT pk_record_anchor_leaves PRIMARY KEY (anchor_id, chain)
);
CREATE INDEX ix_record_anchor_leaves_chain ON record_anchor_leaves (chain, anchor_id);
