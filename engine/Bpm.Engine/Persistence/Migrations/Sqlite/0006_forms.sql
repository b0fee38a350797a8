-- Forms: form-js schemas deployed beside BPMN, versioned per form id; a user task records the form version it was bound
-- to when it was created.
CREATE TABLE forms (
    key INTEGER NOT NULL CONSTRAINT pk_forms PRIMARY KEY,
    deployment_key INTEGER NOT NULL,
    form_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    resource_name TEXT NOT NULL,
    checksum TEXT NOT NULL,
    schema TEXT NOT NULL,
    deployed_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_forms_form_id_version ON forms (form_id, version);

ALTER TABLE user_tasks ADD COLUMN form_id TEXT NULL;
ALTER TABLE user_tasks ADD COLUMN form_version INTEGER NULL;
