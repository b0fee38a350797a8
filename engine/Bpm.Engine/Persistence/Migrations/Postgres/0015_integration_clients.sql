-- Integration clients (OAuth2 client credentials) that publish and correlate agency messages over HTTP, each speaking for
-- one organisation unit; only the secret's hash is kept. Messages remember who sent them.
CREATE TABLE integration_clients (
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

ALTER TABLE messages ADD COLUMN sender_client text NULL;
ALTER TABLE messages ADD COLUMN sender_organisation text NULL;
ALTER TABLE inbox_messages ADD COLUMN sender_client text NULL;
