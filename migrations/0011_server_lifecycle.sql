-- Server lifecycle (issue #12): operators register servers with a capacity, and retire them.
-- A decommissioned server keeps its row, so that its metrics, sessions, activities and ledger
-- entries stay whole; it takes no heartbeats, claims or mining after `decommissioned_at`.
-- Its host name stays reserved (the UNIQUE constraint of 0001), so that history never names
-- two machines with one host.
-- capacity: the most concurrent VPN connections the operator offers (servers that existed
-- before this migration get 1000, the demo's order of magnitude).
ALTER TABLE servers ADD COLUMN capacity INTEGER NOT NULL DEFAULT 1000 CHECK (capacity BETWEEN 1 AND 1000000);
ALTER TABLE servers ADD COLUMN decommissioned_at INTEGER;
