-- Comments on a case (意见与备注 on the case, not on one task): who wrote what and when, in the order written.
CREATE TABLE case_comments (
    key bigint NOT NULL CONSTRAINT pk_case_comments PRIMARY KEY,
    process_instance_key bigint NOT NULL,
    author text NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL
);
CREATE INDEX ix_case_comments_process_instance_key ON case_comments (process_instance_key);
