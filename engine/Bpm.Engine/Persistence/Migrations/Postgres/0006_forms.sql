-- Forms: form-js schemas deployed beside BPMN, versioned per form id; a user task records the form version it was bound
-- to when it was created.
CREATE TABLE forms (
    key bigint NOT NULL CONSTRAINT pk_forms PRIMARY KEY,
    deployment_key bigint NOT NULL,
    form_id text NOT NULL,
    version integer NOT NULL,
    resource_name text NOT NULL,
    checksum text NOT NULL,
    schema text NOT NULL,
    deployed_at timestamp with time zone NOT NULL
);
CREATE UNIQUE INDEX ux_forms_form_id_version ON forms (form_id, version);

ALTER TABLE user_tasks ADD COLUMN form_id text NULL;
ALTER TABLE user_tasks ADD COLUMN form_version integer NULL;
