-- Security stamp per user: every token carries the stamp it was issued with; changing the password, roles,
-- organisation or active flag gives the user a new stamp, which ends the tokens issued before.
ALTER TABLE users ADD COLUMN security_stamp TEXT NOT NULL DEFAULT '';
UPDATE users SET security_stamp = lower(hex(randomblob(16)));
