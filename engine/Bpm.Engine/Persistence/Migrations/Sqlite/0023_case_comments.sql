-- Comments on a case (意见与备注 on the case, not on one task): who wrote what and when, in the order written.
CREATE TABLE case_comments (
    key INTEGER NOT NULL CONSTRAINT pk_case_comments PRIMARY KEY,
    process_instance_key INTEGER NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_case_comments_process_instance_key ON case_comments (process_instance_key);
