-- Messaging: buffered published messages, once-per-process correlation, the inbox of received messages, keyed message
-- starts (one active instance per key), and the outbox dispatcher's retry, incident and claim columns.
CREATE TABLE messages (
    key bigint NOT NULL CONSTRAINT pk_messages PRIMARY KEY,
    name text NOT NULL,
    correlation_key text NULL,
    message_id text NULL,
    variables text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL
);
CREATE INDEX ix_messages_name_correlation_key ON messages (name, correlation_key);
CREATE UNIQUE INDEX ux_messages_message_id ON messages (message_id);
CREATE INDEX ix_messages_expires_at ON messages (expires_at);

CREATE TABLE message_correlations (
    key bigint NOT NULL CONSTRAINT pk_message_correlations PRIMARY KEY,
    message_key bigint NOT NULL,
    bpmn_process_id text NOT NULL,
    process_instance_key bigint NOT NULL,
    correlated_at timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX ux_message_correlations_message_process ON message_correlations (message_key, bpmn_process_id);

CREATE TABLE inbox_messages (
    message_id uuid NOT NULL CONSTRAINT pk_inbox_messages PRIMARY KEY,
    name text NOT NULL,
    correlation_key text NOT NULL,
    source text NULL,
    state text NOT NULL,
    reason text NULL,
    process_instance_keys text NOT NULL,
    variables text NOT NULL,
    received_at timestamp with time zone NOT NULL,
    correlated_at timestamp with time zone NULL,
    attempts integer NOT NULL
);
CREATE INDEX ix_inbox_messages_state_received_at ON inbox_messages (state, received_at);

ALTER TABLE process_instances ADD COLUMN start_correlation_key text NULL;
CREATE UNIQUE INDEX ux_process_instances_start_key ON process_instances (bpmn_process_id, start_correlation_key)
    WHERE state = 'ACTIVE' AND start_correlation_key IS NOT NULL;

ALTER TABLE outbox ADD COLUMN element_id text NULL;
ALTER TABLE outbox ADD COLUMN element_instance_key bigint NULL;
ALTER TABLE outbox ADD COLUMN next_attempt_at timestamp with time zone NULL;
ALTER TABLE outbox ADD COLUMN incident_key bigint NULL;
ALTER TABLE outbox ADD COLUMN claimed_by text NULL;
ALTER TABLE outbox ADD COLUMN claimed_until timestamp with time zone NULL;
