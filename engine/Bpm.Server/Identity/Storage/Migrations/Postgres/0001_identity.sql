-- The identity module's tables: people (sign-in, profile, security stamp), the organisation tree, enforcement
-- certificates, training records and integration clients. Until they moved out of the engine (docs/adr/0006) the engine's
-- migrations 0001, 0005, 0014 and 0015 created them, and they still do on every database, as recorded history: every
-- statement here is IF NOT EXISTS, so a database that already holds the tables keeps them with their rows, and a database
-- without them (the module on a database of its own) gets them in the final shape.

CREATE TABLE IF NOT EXISTS users (
    username text NOT NULL CONSTRAINT pk_users PRIMARY KEY,
    display_name text NOT NULL,
    password_hash text NOT NULL,
    roles text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    organisation_id text NULL,
    groups text NOT NULL DEFAULT '[]',
    employment_type text NOT NULL DEFAULT '在编',
    qualification_number text NULL,
    qualification_obtained_on date NULL,
    active boolean NOT NULL DEFAULT true,
    security_stamp text NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_users_organisation_id ON users (organisation_id);

CREATE TABLE IF NOT EXISTS org_units (
    id text NOT NULL CONSTRAINT pk_org_units PRIMARY KEY,
    name text NOT NULL,
    parent_id text NULL,
    kind text NOT NULL,
    created_at timestamp with time zone NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_org_units_parent_id ON org_units (parent_id);

-- A certificate number identifies one certificate nationally, so it is the key on its own.
CREATE TABLE IF NOT EXISTS user_certificates (
    number text NOT NULL CONSTRAINT pk_user_certificates PRIMARY KEY,
    username text NOT NULL,
    type text NOT NULL,
    issued_by text NOT NULL,
    valid_from date NOT NULL,
    valid_to date NOT NULL,
    status text NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_user_certificates_username ON user_certificates (username);

CREATE TABLE IF NOT EXISTS user_trainings (
    username text NOT NULL,
    session text NOT NULL,
    date date NOT NULL,
    hours double precision NOT NULL,
    CONSTRAINT pk_user_trainings PRIMARY KEY (username, session, date)
);

-- Systems (OAuth2 client credentials) that publish and correlate agency messages over HTTP, each speaking for one
-- organisation unit; only the secret's hash is kept.
CREATE TABLE IF NOT EXISTS integration_clients (
    client_id text NOT NULL CONSTRAINT pk_integration_clients PRIMARY KEY,
    name text NOT NULL,
    organisation_id text NOT NULL,
    scopes text NOT NULL,
    secret_hash text NOT NULL,
    active boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by text NOT NULL,
    disabled_at timestamp with time zone NULL
);
