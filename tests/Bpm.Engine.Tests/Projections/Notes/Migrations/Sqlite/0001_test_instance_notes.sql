CREATE TABLE IF NOT EXISTS test_instance_notes (
    process_instance_key INTEGER NOT NULL PRIMARY KEY,
    note TEXT NOT NULL,
    revision INTEGER NOT NULL
);
