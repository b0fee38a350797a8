-- User-task lifecycle (owner, delegation, organisation), the inbox's candidate and organisation look-up tables,
-- task history, comments, attachments and notifications.

ALTER TABLE user_tasks ADD COLUMN organisation_id text NULL;
ALTER TABLE user_tasks ADD COLUMN owner text NULL;
ALTER TABLE user_tasks ADD COLUMN delegation_state text NULL;
ALTER TABLE user_tasks ADD COLUMN warning_at timestamp with time zone NULL;
ALTER TABLE user_tasks ADD COLUMN warned_at timestamp with time zone NULL;
-- The inbox: a user's open tasks by due date, and the due-soon sweep.
CREATE INDEX ix_user_tasks_open_assignee_due_date ON user_tasks (assignee, due_date) WHERE state = 'CREATED';
-- Candidate inboxes join their few candidate keys to this small index and sort and count without touching the table.
CREATE INDEX ix_user_tasks_open_unassigned ON user_tasks (key, due_date, priority, created_at) WHERE state = 'CREATED' AND assignee IS NULL;
CREATE INDEX ix_user_tasks_open_warning_at ON user_tasks (warning_at) WHERE state = 'CREATED' AND warned_at IS NULL;

CREATE TABLE user_task_candidates (
    task_key bigint NOT NULL,
    kind text NOT NULL,
    value text NOT NULL,
    CONSTRAINT pk_user_task_candidates PRIMARY KEY (task_key, kind, value)
);
CREATE INDEX ix_user_task_candidates_kind_value ON user_task_candidates (kind, value, task_key);

CREATE TABLE user_task_organisations (
    task_key bigint NOT NULL,
    organisation_id text NOT NULL,
    CONSTRAINT pk_user_task_organisations PRIMARY KEY (task_key, organisation_id)
);
CREATE INDEX ix_user_task_organisations_organisation_id ON user_task_organisations (organisation_id, task_key);

CREATE TABLE user_task_history (
    key bigint NOT NULL CONSTRAINT pk_user_task_history PRIMARY KEY,
    task_key bigint NOT NULL,
    process_instance_key bigint NOT NULL,
    event text NOT NULL,
    actor text NULL,
    at timestamp with time zone NOT NULL,
    details text NULL
);
CREATE INDEX ix_user_task_history_task_key ON user_task_history (task_key);

CREATE TABLE user_task_comments (
    key bigint NOT NULL CONSTRAINT pk_user_task_comments PRIMARY KEY,
    task_key bigint NOT NULL,
    author text NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL
);
CREATE INDEX ix_user_task_comments_task_key ON user_task_comments (task_key);

CREATE TABLE user_task_attachments (
    key bigint NOT NULL CONSTRAINT pk_user_task_attachments PRIMARY KEY,
    task_key bigint NOT NULL,
    name text NOT NULL,
    content_type text NOT NULL,
    size bigint NOT NULL,
    sha256 text NOT NULL,
    uploaded_by text NOT NULL,
    uploaded_at timestamp with time zone NOT NULL
);
CREATE INDEX ix_user_task_attachments_task_key ON user_task_attachments (task_key);

CREATE TABLE notifications (
    key bigint NOT NULL CONSTRAINT pk_notifications PRIMARY KEY,
    recipient text NOT NULL,
    kind text NOT NULL,
    user_task_key bigint NULL,
    process_instance_key bigint NULL,
    message text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone NULL
);
CREATE INDEX ix_notifications_recipient_key ON notifications (recipient, key);
