-- Audio-video and on-site evidence (音像记录): an attachment may be a typed evidence item with the device that captured it,
-- when and where, and the officer who did. Plain attachments leave these null.
ALTER TABLE user_task_attachments ADD COLUMN evidence_kind text NULL;
ALTER TABLE user_task_attachments ADD COLUMN device text NULL;
ALTER TABLE user_task_attachments ADD COLUMN captured_at timestamp with time zone NULL;
ALTER TABLE user_task_attachments ADD COLUMN captured_place text NULL;
ALTER TABLE user_task_attachments ADD COLUMN officer text NULL;
