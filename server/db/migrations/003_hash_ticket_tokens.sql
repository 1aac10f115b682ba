-- Ticket tokens are kept only as their SHA-256, like API tokens and the audit log: a copy of the database
-- no longer holds a single valid ticket. Purchases return each token once; redeem looks up its hash.
ALTER TABLE tickets RENAME COLUMN token TO token_hash;
UPDATE tickets SET token_hash = sha256_hex(token_hash);
