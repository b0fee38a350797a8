-- The statistics overlay counts the instances of one definition version.
CREATE INDEX ix_process_instances_process_definition_key ON process_instances (process_definition_key);
