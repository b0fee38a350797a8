-- Case numbers (案件编号): one counter per (agency code, year, kind), incremented by an upsert so that concurrent
-- issues get distinct consecutive values; every issued number is kept, one per element instance (a retried activity
-- gets its number back).
CREATE TABLE case_number_sequences (
    agency_code text NOT NULL,
    year integer NOT NULL,
    kind text NOT NULL,
    last_value bigint NOT NULL,
    CONSTRAINT pk_case_number_sequences PRIMARY KEY (agency_code, year, kind)
);

CREATE TABLE case_numbers (
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
CREATE UNIQUE INDEX ux_case_numbers_element_instance_key ON case_numbers (element_instance_key);
