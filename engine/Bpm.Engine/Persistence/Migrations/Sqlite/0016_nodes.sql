-- The engine nodes of a cluster and their heartbeats: a node whose heartbeat is older than the takeover interval is dead,
-- and the live nodes release its job locks and timer claims at once instead of waiting for the lock timeout. The node
-- number is the primary key, so two live nodes cannot share one (it is part of every key a node makes).
CREATE TABLE nodes (
    node_number INTEGER NOT NULL CONSTRAINT pk_nodes PRIMARY KEY,
    node_id TEXT NOT NULL,
    host TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    last_heartbeat INTEGER NOT NULL
);

CREATE INDEX ix_nodes_last_heartbeat ON nodes (last_heartbeat);
CREATE INDEX ix_subscriptions_claimed_by ON subscriptions (claimed_by) WHERE claimed_by IS NOT NULL;
CREATE INDEX ix_jobs_locked_by ON jobs (locked_by) WHERE locked_by IS NOT NULL;
