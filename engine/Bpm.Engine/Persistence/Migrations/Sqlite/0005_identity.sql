-- People and organisations: the organisation tree, user profile columns, enforcement certificates, training records and
-- the audit trail of every change to them. Dates without a time (DateOnly) are ISO text (yyyy-MM-dd), which orders correctly.
CREATE TABLE org_units (
    id TEXT NOT NULL CONSTRAINT pk_org_units PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id TEXT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX ix_org_units_parent_id ON org_units (parent_id);

ALTER TABLE users ADD COLUMN organisation_id TEXT NULL;
ALTER TABLE users ADD COLUMN groups TEXT NOT NULL DEFAULT '[]';
ALTER TABLE users ADD COLUMN employment_type TEXT NOT NULL DEFAULT '在编';
ALTER TABLE users ADD COLUMN qualification_number TEXT NULL;
ALTER TABLE users ADD COLUMN qualification_obtained_on TEXT NULL;
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
CREATE INDEX ix_users_organisation_id ON users (organisation_id);

-- A certificate number identifies one certificate nationally, so it is the key on its own.
CREATE TABLE user_certificates (
    number TEXT NOT NULL CONSTRAINT pk_user_certificates PRIMARY KEY,
    username TEXT NOT NULL,
    type TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX ix_user_certificates_username ON user_certificates (username);

CREATE TABLE user_trainings (
    username TEXT NOT NULL,
    session TEXT NOT NULL,
    date TEXT NOT NULL,
    hours REAL NOT NULL,
    CONSTRAINT pk_user_trainings PRIMARY KEY (username, session, date)
);

CREATE TABLE audit_log (
    id INTEGER NOT NULL CONSTRAINT pk_audit_log PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    before TEXT NULL,
    after TEXT NULL
);
CREATE INDEX ix_audit_log_entity ON audit_log (entity, entity_id);
