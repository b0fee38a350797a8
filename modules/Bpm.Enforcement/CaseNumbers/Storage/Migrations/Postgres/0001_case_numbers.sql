-- Case numbers (案件编号), the enforcement module's registry: one counter per (agency code, year, kind), incremented by an
-- upsert so that concurrent issues get distinct consecutive values; every issued number is kept, one per element instance
-- (a retried activity gets its number back). Until the tables moved out of the engine (docs/adr/0006) the engine's
-- migration 0009 created them, and it still does on every database, as recorded history: every statement here is
-- IF NOT EXISTS, so a database that already holds the tables keeps their rows.
CREATE TABLE IF NOT EXISTS case_number_sequences (
    agency_code text NOT NULL,
    year integer NOT NULL,
    kind text NOT NULL,
    last_value bigint NOT NULL,
    CONSTRAINT pk_case_number_sequences PRIMARY KEY (agency_code, year, kind)
);

CREATE TABLE IF NOT EXISTS case_numbers (
    agency_code text NOT NULL,
    year integer NOT NULL,
    kind text NOT NULL,
    sequence bigint NOT NULL,
    case_number text NOT NULL,
    process_instance_key bigint NOT NULL,
    element_instance_key bigint NOT NULL,
    issued_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_case_numbers PRIMARY KEY (agency_code, year, kind, sequence)
);
CREATE UNIQUE INDEX IF NOT EXISTS ux_case_numbers_element_instance_key ON case_numbers (element_instance_key);
