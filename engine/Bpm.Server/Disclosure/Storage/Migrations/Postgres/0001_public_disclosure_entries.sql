-- Read model of the public 执法公示 page: one row per published, not withdrawn disclosure instance, written in the same
-- transaction as the step that changed the instance. "C" collation: the page sorts by published_at and entry_id in
-- ordinal order, whatever the database's locale.
-- Databases migrated before the table moved out of the engine already hold it (engine migration 0012): IF NOT EXISTS
-- adopts it with its rows.

CREATE TABLE IF NOT EXISTS public_disclosure_entries (
    process_instance_key bigint NOT NULL CONSTRAINT pk_public_disclosure_entries PRIMARY KEY,
    entry_id text COLLATE "C" NOT NULL,
    case_number text NULL,
    decision_number text NULL,
    category text NULL,
    agency text NOT NULL,
    party_name text NULL,
    party_credit_code text NULL,
    decision_summary text NULL,
    legal_basis text NULL,
    decision_date text NULL,
    decided_on text COLLATE "C" NULL,
    published_at text COLLATE "C" NOT NULL,
    category_key text NULL,
    agency_key text NOT NULL,
    search_text text NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_public_disclosure_entries_published_at_entry_id ON public_disclosure_entries (published_at DESC, entry_id);
CREATE INDEX IF NOT EXISTS ix_public_disclosure_entries_category_key ON public_disclosure_entries (category_key, published_at);
CREATE INDEX IF NOT EXISTS ix_public_disclosure_entries_decided_on ON public_disclosure_entries (decided_on);
