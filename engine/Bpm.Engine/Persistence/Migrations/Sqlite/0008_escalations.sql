-- The heads' escalation inbox: overdue tasks, escalations caught on tasks and disputes, each with why, from where, the
-- head's decision task and how it was settled. user_tasks gains when its overdue escalation was raised (for the overdue
-- sweep) and, for a head's decision task, the escalation it decides.

ALTER TABLE user_tasks ADD COLUMN overdue_at INTEGER NULL;
ALTER TABLE user_tasks ADD COLUMN escalation_key INTEGER NULL;
CREATE INDEX ix_user_tasks_open_overdue ON user_tasks (due_date) WHERE state = 'CREATED' AND overdue_at IS NULL;

CREATE TABLE escalations (
    key INTEGER NOT NULL CONSTRAINT pk_escalations PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    bpmn_process_id TEXT NOT NULL,
    business_key TEXT NULL,
    organisation_id TEXT NULL,
    reason TEXT NOT NULL,
    code TEXT NULL,
    message TEXT NOT NULL,
    origin_task_key INTEGER NULL,
    origin_element_id TEXT NULL,
    origin_name TEXT NULL,
    origin_assignee TEXT NULL,
    origin_due_date INTEGER NULL,
    positions TEXT NULL,
    decision_task_key INTEGER NULL,
    state TEXT NOT NULL,
    resolution TEXT NULL,
    resolution_details TEXT NULL,
    resolved_by TEXT NULL,
    resolved_at INTEGER NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_escalations_process_instance_key ON escalations (process_instance_key);
CREATE INDEX ix_escalations_origin_task_key ON escalations (origin_task_key);
CREATE INDEX ix_escalations_decision_task_key ON escalations (decision_task_key);
CREATE INDEX ix_escalations_state_key ON escalations (state, key);
