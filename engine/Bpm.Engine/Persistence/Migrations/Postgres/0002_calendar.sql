-- Working-day calendar years: insert-only versions per (organisation, year); organisation_id '' is the national calendar.
CREATE TABLE calendar_years (
    organisation_id text NOT NULL,
    year integer NOT NULL,
    version integer NOT NULL,
    notice text NULL,
    provisional boolean NOT NULL,
    data text NOT NULL,
    edited_by text NOT NULL,
    edited_at timestamp with time zone NOT NULL,
    reason text NOT NULL,
    CONSTRAINT pk_calendar_years PRIMARY KEY (organisation_id, year, version)
);
