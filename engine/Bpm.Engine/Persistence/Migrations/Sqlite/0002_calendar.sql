-- Working-day calendar years: insert-only versions per (organisation, year); organisation_id '' is the national calendar.
CREATE TABLE calendar_years (
    organisation_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    version INTEGER NOT NULL,
    notice TEXT NULL,
    provisional INTEGER NOT NULL,
    data TEXT NOT NULL,
    edited_by TEXT NOT NULL,
    edited_at INTEGER NOT NULL,
    reason TEXT NOT NULL,
    CONSTRAINT pk_calendar_years PRIMARY KEY (organisation_id, year, version)
);
