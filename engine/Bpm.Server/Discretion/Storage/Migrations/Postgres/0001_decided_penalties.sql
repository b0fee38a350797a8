-- Read model of the discretion statistics (GET /api/statistics/discretion) and the annual statistics' system figures:
-- one row per decided top-level penalty case, written in the same transaction as the step that changed the case.
-- Amounts in fen. decided_on is the decision's Beijing date as yyyy-MM-dd ("C" collation: compared as text, in order).
-- Cases decided before the table existed are filled by the projection's rebuild at start-up.

CREATE TABLE IF NOT EXISTS decided_penalties (
    process_instance_key bigint NOT NULL CONSTRAINT pk_decided_penalties PRIMARY KEY,
    procedure text NOT NULL,
    organisation_id text NULL,
    violation_type text NULL,
    min_fine_fen bigint NULL,
    max_fine_fen bigint NULL,
    fine_fen bigint NULL,
    position text NOT NULL,
    reasoned boolean NOT NULL,
    decided_on text COLLATE "C" NULL
);
CREATE INDEX IF NOT EXISTS ix_decided_penalties_decided_on ON decided_penalties (decided_on);
CREATE INDEX IF NOT EXISTS ix_decided_penalties_organisation_id_decided_on ON decided_penalties (organisation_id, decided_on);
