-- Case-level access (docs/security.md): every process instance belongs to an organisation unit, recorded at start, and
-- remembers who started it. Called instances belong to their root case's unit.

ALTER TABLE process_instances ADD COLUMN organisation_id text NULL;
ALTER TABLE process_instances ADD COLUMN started_by text NULL;

-- Backfill: a root instance from its variable organisationId (a JSON string) ...
UPDATE process_instances
SET organisation_id = (state_data::jsonb -> 'variables') ->> 'organisationId'
WHERE parent_instance_key IS NULL
  -- CASE: the cast runs only on a JSON document (AND does not fix the order of evaluation).
  AND CASE WHEN state_data LIKE '{%' THEN jsonb_typeof((state_data::jsonb -> 'variables') -> 'organisationId') = 'string' ELSE false END;

-- ... and every called instance from its root.
WITH RECURSIVE tree (key, organisation_id) AS (
    SELECT key, organisation_id FROM process_instances WHERE parent_instance_key IS NULL
    UNION ALL
    SELECT child.key, tree.organisation_id FROM process_instances child JOIN tree ON child.parent_instance_key = tree.key
)
UPDATE process_instances p SET organisation_id = tree.organisation_id
FROM tree
WHERE p.key = tree.key AND p.parent_instance_key IS NOT NULL AND tree.organisation_id IS NOT NULL;

-- The case list of a unit (or a few units), newest first.
CREATE INDEX ix_process_instances_organisation_id ON process_instances (organisation_id, key);
-- Participation: the cases whose tasks a person holds or owns, and the confirmations they gave.
CREATE INDEX ix_user_tasks_assignee_instance ON user_tasks (assignee, process_instance_key) WHERE assignee IS NOT NULL;
CREATE INDEX ix_user_tasks_owner_instance ON user_tasks (owner, process_instance_key) WHERE owner IS NOT NULL;
CREATE INDEX ix_user_task_history_confirmed ON user_task_history (actor, process_instance_key) WHERE event = 'CONFIRMED';
