-- Audio-video and on-site evidence (音像记录): an attachment may be a typed evidence item with the device that captured it,
-- when and where, and the officer who did. Plain attachments leave these null.
ALTER TABLE user_task_attachments ADD COLUMN evidence_kind TEXT NULL;
ALTER TABLE user_task_attachments ADD COLUMN device TEXT NULL;
ALTER TABLE user_task_attachments ADD COLUMN captured_at INTEGER NULL;
ALTER TABLE user_task_attachments ADD COLUMN captured_place TEXT NULL;
ALTER TABLE user_task_attachments ADD COLUMN officer TEXT NULL;
