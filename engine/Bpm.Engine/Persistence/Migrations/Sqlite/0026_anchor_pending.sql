-- Anchors without a scan (docs/records.md, "What is anchored"): an instance whose history head moved since it was last
-- anchored is marked in the same step transaction that moves the head; the anchor reads only the marked instances (through
-- the partial index) and clears the mark of those whose head it sealed. Instances of an existing database whose head no
-- anchor has sealed yet are marked here, so the first anchor after the upgrade seals exactly what the scan would have.
ALTER TABLE process_instances ADD COLUMN history_anchor_pending INTEGER NOT NULL DEFAULT 0;
UPDATE process_instances SET history_anchor_pending = 1
WHERE history_head_hash IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM record_anchor_leaves l
                  WHERE l.chain = CAST(process_instances.key AS TEXT) AND l.head_hash = process_instances.history_head_hash);
CREATE INDEX ix_process_instances_history_anchor_pending ON process_instances (key) WHERE history_anchor_pending = 1;
