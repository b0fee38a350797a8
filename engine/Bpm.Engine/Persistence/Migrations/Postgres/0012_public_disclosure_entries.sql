-- The public 执法公示 page's table (public_disclosure_entries) was created here until it moved to the disclosure module
-- (engine/Bpm.Server/Disclosure/Storage, its own migrations; docs/adr/0006). Databases that ran this script before keep
-- the table and its rows, which the module adopts; the version name stays, as it is recorded in schema_migrations.

-- Which version of each instance projection has been built from the running instances (rebuilt at start-up otherwise).
CREATE TABLE instance_projections (
    name text NOT NULL CONSTRAINT pk_instance_projections PRIMARY KEY,
    version integer NOT NULL,
    rebuilt_at timestamp with time zone NOT NULL
);
