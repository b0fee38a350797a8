-- Timestamps are UTC ticks (INTEGER); booleans are 0/1; GUIDs are TEXT.
CREATE TABLE deployments (
    key INTEGER NOT NULL CONSTRAINT pk_deployments PRIMARY KEY,
    deployed_at INTEGER NOT NULL,
    resource_names TEXT NOT NULL
);

CREATE TABLE process_definitions (
    key INTEGER NOT NULL CONSTRAINT pk_process_definitions PRIMARY KEY,
    deployment_key INTEGER NOT NULL,
    bpmn_process_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NULL,
    resource_name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    xml TEXT NOT NULL,
    deployed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_process_definitions_bpmn_process_id_version ON process_definitions (bpmn_process_id, version);
CREATE INDEX ix_process_definitions_bpmn_process_id ON process_definitions (bpmn_process_id);

CREATE TABLE process_instances (
    key INTEGER NOT NULL CONSTRAINT pk_process_instances PRIMARY KEY,
    process_definition_key INTEGER NOT NULL,
    bpmn_process_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    business_key TEXT NULL,
    state TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER NULL,
    revision INTEGER NOT NULL,
    state_data TEXT NOT NULL,
    active_element_ids TEXT NOT NULL,
    has_incident INTEGER NOT NULL,
    parent_instance_key INTEGER NULL,
    parent_element_instance_key INTEGER NULL
);
CREATE INDEX ix_process_instances_state ON process_instances (state);
CREATE INDEX ix_process_instances_bpmn_process_id_state ON process_instances (bpmn_process_id, state);
CREATE INDEX ix_process_instances_business_key ON process_instances (business_key);
CREATE INDEX ix_process_instances_parent_instance_key ON process_instances (parent_instance_key);

CREATE TABLE jobs (
    key INTEGER NOT NULL CONSTRAINT pk_jobs PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    element_instance_key INTEGER NOT NULL,
    element_id TEXT NOT NULL,
    type TEXT NOT NULL,
    retries INTEGER NOT NULL,
    state TEXT NOT NULL,
    due_at INTEGER NOT NULL,
    locked_by TEXT NULL,
    locked_until INTEGER NULL,
    locked_instance_key INTEGER NULL,
    error_message TEXT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_jobs_state_due_at ON jobs (state, due_at);
CREATE INDEX ix_jobs_process_instance_key ON jobs (process_instance_key);
CREATE INDEX ix_jobs_locked_until ON jobs (locked_until);
CREATE UNIQUE INDEX ux_jobs_locked_instance_key ON jobs (locked_instance_key) WHERE locked_instance_key IS NOT NULL;

CREATE TABLE user_tasks (
    key INTEGER NOT NULL CONSTRAINT pk_user_tasks PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    element_instance_key INTEGER NOT NULL,
    element_id TEXT NOT NULL,
    name TEXT NULL,
    bpmn_process_id TEXT NOT NULL,
    state TEXT NOT NULL,
    assignee TEXT NULL,
    candidate_groups TEXT NOT NULL,
    candidate_users TEXT NOT NULL,
    due_date INTEGER NULL,
    follow_up_date INTEGER NULL,
    priority INTEGER NOT NULL,
    form_key TEXT NULL,
    created_at INTEGER NOT NULL,
    completed_at INTEGER NULL
);
CREATE INDEX ix_user_tasks_state_assignee ON user_tasks (state, assignee);
CREATE INDEX ix_user_tasks_process_instance_key ON user_tasks (process_instance_key);

CREATE TABLE subscriptions (
    key INTEGER NOT NULL CONSTRAINT pk_subscriptions PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    element_instance_key INTEGER NOT NULL,
    element_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NULL,
    correlation_key TEXT NULL,
    due_at INTEGER NULL,
    timer_text TEXT NULL,
    interrupting INTEGER NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_subscriptions_kind_name_correlation_key ON subscriptions (kind, name, correlation_key);
CREATE INDEX ix_subscriptions_kind_due_at ON subscriptions (kind, due_at);
CREATE INDEX ix_subscriptions_process_instance_key ON subscriptions (process_instance_key);

CREATE TABLE incidents (
    key INTEGER NOT NULL CONSTRAINT pk_incidents PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    element_instance_key INTEGER NOT NULL,
    element_id TEXT NOT NULL,
    error_type TEXT NOT NULL,
    error_message TEXT NOT NULL,
    state TEXT NOT NULL,
    job_key INTEGER NULL,
    created_at INTEGER NOT NULL,
    resolved_at INTEGER NULL
);
CREATE INDEX ix_incidents_process_instance_key ON incidents (process_instance_key);
CREATE INDEX ix_incidents_state ON incidents (state);

-- A plain INTEGER PRIMARY KEY is the rowid: the cheapest insert SQLite has.
CREATE TABLE journal (
    id INTEGER NOT NULL CONSTRAINT pk_journal PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    sequence INTEGER NOT NULL,
    recorded_at INTEGER NOT NULL,
    entries TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_journal_process_instance_key_sequence ON journal (process_instance_key, sequence);

-- AUTOINCREMENT: ids of dispatched (deleted) rows are never handed out again.
CREATE TABLE outbox (
    id INTEGER NOT NULL CONSTRAINT pk_outbox PRIMARY KEY AUTOINCREMENT,
    message_id TEXT NOT NULL,
    message_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    process_instance_key INTEGER NULL,
    created_at INTEGER NOT NULL,
    dispatched_at INTEGER NULL,
    attempts INTEGER NOT NULL,
    last_error TEXT NULL
);
CREATE INDEX ix_outbox_dispatched_at ON outbox (dispatched_at);

CREATE TABLE users (
    username TEXT NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
