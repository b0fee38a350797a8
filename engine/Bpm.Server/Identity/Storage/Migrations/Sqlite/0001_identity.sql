-- The identity module's tables: people (sign-in, profile, security stamp), the organisation tree, enforcement
-- certificates, training records and integration clients. Until they moved out of the engine (docs/adr/0006) the engine's
-- migrations 0001, 0005, 0014 and 0015 created them, and they still do on every database, as recorded history: every
-- statement here is IF NOT EXISTS, so a database that already holds the tables keeps them with their rows, and a database
-- without them (the module on a database of its own) gets them in the final shape. Dates without a time (DateOnly) are ISO
-- text (yyyy-MM-dd), which orders correctly.

CREATE TABLE IF NOT EXISTS users (
    username TEXT NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    display_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    organisation_id TEXT NULL,
    groups TEXT NOT NULL DEFAULT '[]',
    employment_type TEXT NOT NULL DEFAULT '在编',
    qualification_number TEXT NULL,
    qualification_obtained_on TEXT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    security_stamp TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_users_organisation_id ON users (organisation_id);

CREATE TABLE IF NOT EXISTS org_units (
    id TEXT NOT NULL CONSTRAINT pk_org_units PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id TEXT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_org_units_parent_id ON org_units (parent_id);

-- A certificate number identifies one certificate nationally, so it is the key on its own.
CREATE TABLE IF NOT EXISTS user_certificates (
    number TEXT NOT NULL CONSTRAINT pk_user_certificates PRIMARY KEY,
    username TEXT NOT NULL,
    type TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_user_certificates_username ON user_certificates (username);

CREATE TABLE IF NOT EXISTS user_trainings (
    username TEXT NOT NULL,
    session TEXT NOT NULL,
    date TEXT NOT NULL,
    hours REAL NOT NULL,
    CONSTRAINT pk_user_trainings PRIMARY KEY (username, session, date)
);

-- Systems (OAuth2 client credentials) that publish and correlate agency messages over HTTP, each speaking for one
-- organisation unit; only the secret's hash is kept.
CREATE TABLE IF NOT EXISTS integration_clients (
    client_id TEXT NOT NULL CONSTRAINT pk_integration_clients PRIMARY KEY,
    name TEXT NOT NULL,
    organisation_id TEXT NOT NULL,
    scopes TEXT NOT NULL,
    secret_hash TEXT NOT NULL,
    active INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    disabled_at INTEGER NULL
);
