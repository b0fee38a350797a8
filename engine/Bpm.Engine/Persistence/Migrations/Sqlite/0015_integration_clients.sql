-- Integration clients (OAuth2 client credentials) that publish and correlate agency messages over HTTP, each speaking for
-- one organisation unit; only the secret's hash is kept. Messages remember who sent them.
CREATE TABLE integration_clients (
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

ALTER TABLE messages ADD COLUMN sender_client TEXT NULL;
ALTER TABLE messages ADD COLUMN sender_organisation TEXT NULL;
ALTER TABLE inbox_messages ADD COLUMN sender_client TEXT NULL;
