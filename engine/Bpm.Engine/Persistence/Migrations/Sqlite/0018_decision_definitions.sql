-- Decision definitions: DMN decisions deployed beside BPMN and forms, versioned per decision id. The whole DMN file (its
-- decision requirements graph) is stored with each of its decisions; a business rule task evaluates the latest version.
CREATE TABLE decision_definitions (
    key INTEGER NOT NULL CONSTRAINT pk_decision_definitions PRIMARY KEY,
    deployment_key INTEGER NOT NULL,
    decision_id TEXT NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL,
    decision_requirements_id TEXT NOT NULL,
    resource_name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    xml TEXT NOT NULL,
    deployed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_decision_definitions_decision_id_version ON decision_definitions (decision_id, version);
