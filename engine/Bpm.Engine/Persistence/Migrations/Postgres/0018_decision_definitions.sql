-- Decision definitions: DMN decisions deployed beside BPMN and forms, versioned per decision id. The whole DMN file (its
-- decision requirements graph) is stored with each of its decisions; a business rule task evaluates the latest version.
CREATE TABLE decision_definitions (
    key bigint NOT NULL CONSTRAINT pk_decision_definitions PRIMARY KEY,
    deployment_key bigint NOT NULL,
    decision_id text NOT NULL,
    name text NOT NULL,
    version integer NOT NULL,
    decision_requirements_id text NOT NULL,
    resource_name text NOT NULL,
    checksum text NOT NULL,
    xml text NOT NULL,
    deployed_at timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX ux_decision_definitions_decision_id_version ON decision_definitions (decision_id, version);
