-- Read model of the discretion statistics (GET /api/statistics/discretion) and the annual statistics' system figures:
-- one row per decided top-level penalty case, written in the same transaction as the step that changed the case.
-- Amounts in fen. decided_on is the decision's Beijing date as yyyy-MM-dd (SQLite compares text by bytes, in order).
-- Cases decided before the table existed are filled by the projection's rebuild at start-up.

CREATE TABLE IF NOT EXISTS decided_penalties (
    process_instance_key INTEGER NOT NULL CONSTRAINT pk_decided_penalties PRIMARY KEY,
    procedure TEXT NOT NULL,
    organisation_id TEXT NULL,
    violation_type TEXT NULL,
    min_fine_fen INTEGER NULL,
    max_fine_fen INTEGER NULL,
    fine_fen INTEGER NULL,
    position TEXT NOT NULL,
    reasoned INTEGER NOT NULL,
    decided_on TEXT NULL
);
CREATE INDEX IF NOT EXISTS ix_decided_penalties_decided_on ON decided_penalties (decided_on);
CREATE INDEX IF NOT EXISTS ix_decided_penalties_organisation_id_decided_on ON decided_penalties (organisation_id, decided_on);
