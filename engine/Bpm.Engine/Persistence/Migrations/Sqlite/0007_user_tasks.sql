-- User-task lifecycle (owner, delegation, organisation), the inbox's candidate and organisation look-up tables,
-- task history, comments, attachments and notifications.

ALTER TABLE user_tasks ADD COLUMN organisation_id TEXT NULL;
ALTER TABLE user_tasks ADD COLUMN owner TEXT NULL;
ALTER TABLE user_tasks ADD COLUMN delegation_state TEXT NULL;
ALTER TABLE user_tasks ADD COLUMN warning_at INTEGER NULL;
ALTER TABLE user_tasks ADD COLUMN warned_at INTEGER NULL;
-- The inbox: a user's open tasks by due date, and the due-soon sweep.
CREATE INDEX ix_user_tasks_open_assignee_due_date ON user_tasks (assignee, due_date) WHERE state = 'CREATED';
-- Candidate inboxes join their few candidate keys to this small index and sort and count without touching the table.
CREATE INDEX ix_user_tasks_open_unassigned ON user_tasks (key, due_date, priority, created_at) WHERE state = 'CREATED' AND assignee IS NULL;
CREATE INDEX ix_user_tasks_open_warning_at ON user_tasks (warning_at) WHERE state = 'CREATED' AND warned_at IS NULL;

CREATE TABLE user_task_candidates (
    task_key INTEGER NOT NULL,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    CONSTRAINT pk_user_task_candidates PRIMARY KEY (task_key, kind, value)
);
CREATE INDEX ix_user_task_candidates_kind_value ON user_task_candidates (kind, value, task_key);

CREATE TABLE user_task_organisations (
    task_key INTEGER NOT NULL,
    organisation_id TEXT NOT NULL,
    CONSTRAINT pk_user_task_organisations PRIMARY KEY (task_key, organisation_id)
);
CREATE INDEX ix_user_task_organisations_organisation_id ON user_task_organisations (organisation_id, task_key);

CREATE TABLE user_task_history (
    key INTEGER NOT NULL CONSTRAINT pk_user_task_history PRIMARY KEY,
    task_key INTEGER NOT NULL,
    process_instance_key INTEGER NOT NULL,
    event TEXT NOT NULL,
    actor TEXT NULL,
    at INTEGER NOT NULL,
    details TEXT NULL
);
CREATE INDEX ix_user_task_history_task_key ON user_task_history (task_key);

CREATE TABLE user_task_comments (
    key INTEGER NOT NULL CONSTRAINT pk_user_task_comments PRIMARY KEY,
    task_key INTEGER NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_user_task_comments_task_key ON user_task_comments (task_key);

CREATE TABLE user_task_attachments (
    key INTEGER NOT NULL CONSTRAINT pk_user_task_attachments PRIMARY KEY,
    task_key INTEGER NOT NULL,
    name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at INTEGER NOT NULL
);
CREATE INDEX ix_user_task_attachments_task_key ON user_task_attachments (task_key);

CREATE TABLE notifications (
    key INTEGER NOT NULL CONSTRAINT pk_notifications PRIMARY KEY,
    recipient TEXT NOT NULL,
    kind TEXT NOT NULL,
    user_task_key INTEGER NULL,
    process_instance_key INTEGER NULL,
    message TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    read_at INTEGER NULL
);
CREATE INDEX ix_notifications_recipient_key ON notifications (recipient, key);
