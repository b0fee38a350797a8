-- Read model of the public 执法公示 page: one row per published, not withdrawn disclosure instance, written in the same
-- transaction as the step that changed the instance. SQLite compares text by bytes (ordinal), as the page sorts.
-- Databases migrated before the table moved out of the engine already hold it (engine migration 0012): IF NOT EXISTS
-- adopts it with its rows.

CREATE TABLE IF NOT EXISTS public_disclosure_entries (
    process_instance_key INTEGER NOT NULL CONSTRAINT pk_public_disclosure_entries PRIMARY KEY,
    entry_id TEXT NOT NULL,
    case_number TEXT NULL,
    decision_number TEXT NULL,
    category TEXT NULL,
    agency TEXT NOT NULL,
    party_name TEXT NULL,
    party_credit_code TEXT NULL,
    decision_summary TEXT NULL,
    legal_basis TEXT NULL,
    decision_date TEXT NULL,
    decided_on TEXT NULL,
    published_at TEXT NOT NULL,
    category_key TEXT NULL,
    agency_key TEXT NOT NULL,
    search_text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_public_disclosure_entries_published_at_entry_id ON public_disclosure_entries (published_at DESC, entry_id);
CREATE INDEX IF NOT EXISTS ix_public_disclosure_entries_category_key ON public_disclosure_entries (category_key, published_at);
CREATE INDEX IF NOT EXISTS ix_public_disclosure_entries_decided_on ON public_disclosure_entries (decided_on);
