-- Timers that fire: definition-level timer start subscriptions, cycle repetition state, and the sweep's claim (lease).
ALTER TABLE subscriptions ADD COLUMN process_definition_key INTEGER NULL;
ALTER TABLE subscriptions ADD COLUMN timer_cycle TEXT NULL;
ALTER TABLE subscriptions ADD COLUMN repetitions_left INTEGER NULL;
ALTER TABLE subscriptions ADD COLUMN claimed_by TEXT NULL;
ALTER TABLE subscriptions ADD COLUMN claimed_until INTEGER NULL;
CREATE INDEX ix_subscriptions_process_definition_key ON subscriptions (process_definition_key);
