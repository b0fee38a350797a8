-- Every record of a case joins its instance's hash chain, not only the history rows (docs/records.md, "What is chained"):
-- case comments, task comments, attachments (with their evidence descriptions) and the documents' metadata get a chain
-- position, the previous row's hash and their own hash (32 raw bytes, as the history rows'). Task comments and attachments
-- also get their case's key, so that a case's chained rows are read by the case. The rows written before are chained by
-- the migrator right after this script (CaseRecordChainBackfill), appended to their instance's chain.
ALTER TABLE case_comments
    ADD COLUMN chain_position bigint NULL,
    ADD COLUMN previous_hash bytea NULL,
    ADD COLUMN hash bytea NULL;
ALTER TABLE documents
    ADD COLUMN chain_position bigint NULL,
    ADD COLUMN previous_hash bytea NULL,
    ADD COLUMN hash bytea NULL;
ALTER TABLE user_task_comments
    ADD COLUMN process_instance_key bigint NOT NULL DEFAULT 0,
    ADD COLUMN chain_position bigint NULL,
    ADD COLUMN previous_hash bytea NULL,
    ADD COLUMN hash bytea NULL;
UPDATE user_task_comments c SET process_instance_key = t.process_instance_key FROM user_tasks t WHERE t.key = c.task_key;
ALTER TABLE user_task_comments ALTER COLUMN process_instance_key DROP DEFAULT;
CREATE INDEX ix_user_task_comments_process_instance_key ON user_task_comments (process_instance_key);
ALTER TABLE user_task_attachments
    ADD COLUMN process_instance_key bigint NOT NULL DEFAULT 0,
    ADD COLUMN chain_position bigint NULL,
    ADD COLUMN previous_hash bytea NULL,
    ADD COLUMN hash bytea NULL;
UPDATE user_task_attachments a SET process_instance_key = t.process_instance_key FROM user_tasks t WHERE t.key = a.task_key;
ALTER TABLE user_task_attachments ALTER COLUMN process_instance_key DROP DEFAULT;
CREATE INDEX ix_user_task_attachments_process_instance_key ON user_task_attachments (process_instance_key);
