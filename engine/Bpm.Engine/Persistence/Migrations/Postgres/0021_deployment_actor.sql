-- Who deployed: the signed-in user of POST /api/deployments (null for the workflows deployed at start-up and for
-- deployments made before this migration). Kept on each decision version too, as the decision list shows it.
ALTER TABLE deployments ADD COLUMN deployed_by TEXT NULL;
ALTER TABLE decision_definitions ADD COLUMN deployed_by TEXT NULL;
