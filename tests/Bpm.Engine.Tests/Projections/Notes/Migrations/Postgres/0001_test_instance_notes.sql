CREATE TABLE IF NOT EXISTS test_instance_notes (
    process_instance_key bigint NOT NULL PRIMARY KEY,
    note text NOT NULL,
    revision bigint NOT NULL
);
