-- Accounts can be disabled and deleted (issue #12). A deleted account keeps its row, so that
-- the ledger, sessions and audit trail that name it stay whole; neither state can log in or use
-- a token issued before.
ALTER TABLE users ADD COLUMN disabled_at INTEGER;
ALTER TABLE users ADD COLUMN deleted_at INTEGER;
