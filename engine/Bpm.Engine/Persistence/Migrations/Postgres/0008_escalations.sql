-- The heads' escalation inbox: overdue tasks, escalations caught on tasks and disputes, each with why, from where, the
-- head's decision task and how it was settled. user_tasks gains when its overdue escalation was raised (for the overdue
-- sweep) and, for a head's decision task, the escalation it decides.

ALTER TABLE user_tasks ADD COLUMN overdue_at timestamp with time zone NULL;
ALTER TABLE user_tasks ADD COLUMN escalation_key bigint NULL;
CREATE INDEX ix_user_tasks_open_overdue ON user_tasks (due_date) WHERE state = 'CREATED' AND overdue_at IS NULL;

CREATE TABLE escalations (
    key bigint NOT NULL CONSTRAINT pk_escalations PRIMARY KEY,
    process_instance_key bigint NOT NULL,
    bpmn_process_id text NOT NULL,
    business_key text NULL,
    organisation_id text NULL,
    reason text NOT NULL,
    code text NULL,
    message text NOT NULL,
    origin_task_key bigint NULL,
    origin_element_id text NULL,
    origin_name text NULL,
    origin_assignee text NULL,
    origin_due_date timestamp with time zone NULL,
    positions text NULL,
    decision_task_key bigint NULL,
    state text NOT NULL,
    resolution text NULL,
    resolution_details text NULL,
    resolved_by text NULL,
    resolved_at timestamp with time zone NULL,
    created_at timestamp with time zone NOT NULL
);
CREATE INDEX ix_escalations_process_instance_key ON escalations (process_instance_key);
CREATE INDEX ix_escalations_origin_task_key ON escalations (origin_task_key);
CREATE INDEX ix_escalations_decision_task_key ON escalations (decision_task_key);
CREATE INDEX ix_escalations_state_key ON escalations (state, key);
