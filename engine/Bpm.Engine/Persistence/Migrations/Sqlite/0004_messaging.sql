-- Messaging: buffered published messages, once-per-process correlation, the inbox of received messages, keyed message
-- starts (one active instance per key), and the outbox dispatcher's retry, incident and claim columns.
CREATE TABLE messages (
    key INTEGER NOT NULL CONSTRAINT pk_messages PRIMARY KEY,
    name TEXT NOT NULL,
    correlation_key TEXT NULL,
    message_id TEXT NULL,
    variables TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX ix_messages_name_correlation_key ON messages (name, correlation_key);
CREATE UNIQUE INDEX ux_messages_message_id ON messages (message_id);
CREATE INDEX ix_messages_expires_at ON messages (expires_at);

CREATE TABLE message_correlations (
    key INTEGER NOT NULL CONSTRAINT pk_message_correlations PRIMARY KEY,
    message_key INTEGER NOT NULL,
    bpmn_process_id TEXT NOT NULL,
    process_instance_key INTEGER NOT NULL,
    correlated_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_message_correlations_message_process ON message_correlations (message_key, bpmn_process_id);

CREATE TABLE inbox_messages (
    message_id TEXT NOT NULL CONSTRAINT pk_inbox_messages PRIMARY KEY,
    name TEXT NOT NULL,
    correlation_key TEXT NOT NULL,
    source TEXT NULL,
    state TEXT NOT NULL,
    reason TEXT NULL,
    process_instance_keys TEXT NOT NULL,
    variables TEXT NOT NULL,
    received_at INTEGER NOT NULL,
    correlated_at INTEGER NULL,
    attempts INTEGER NOT NULL
);
CREATE INDEX ix_inbox_messages_state_received_at ON inbox_messages (state, received_at);

ALTER TABLE process_instances ADD COLUMN start_correlation_key TEXT NULL;
CREATE UNIQUE INDEX ux_process_instances_start_key ON process_instances (bpmn_process_id, start_correlation_key)
    WHERE state = 'ACTIVE' AND start_correlation_key IS NOT NULL;

ALTER TABLE outbox ADD COLUMN element_id TEXT NULL;
ALTER TABLE outbox ADD COLUMN element_instance_key INTEGER NULL;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NULL;
ALTER TABLE outbox ADD COLUMN incident_key INTEGER NULL;
ALTER TABLE outbox ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER NULL;
