-- Timers that fire: definition-level timer start subscriptions, cycle repetition state, and the sweep's claim (lease).
ALTER TABLE subscriptions ADD COLUMN process_definition_key bigint NULL;
ALTER TABLE subscriptions ADD COLUMN timer_cycle text NULL;
ALTER TABLE subscriptions ADD COLUMN repetitions_left integer NULL;
ALTER TABLE subscriptions ADD COLUMN claimed_by text NULL;
ALTER TABLE subscriptions ADD COLUMN claimed_until timestamp with time zone NULL;
CREATE INDEX ix_subscriptions_process_definition_key ON subscriptions (process_definition_key);
