-- Exact money (issue #13): every amount is a whole number of micro-tokens (10^-6 token) in an
-- INTEGER column, with its sign: credits are positive, debits negative. See src/domain/money.rs.
--
-- Kinds and signs, per account:
--   claim    +  an operator paid for a server's accrual
--   spend    -  a user's spending on the service
--   hold     -  a withdrawal request sets the amount aside (available, not balance)
--   release  +  a hold ends: the withdrawal was paid, rejected or cancelled
--   fee      -  the withdrawal fee charged to the account, and + on the platform account
--   payout   -  what left the platform to the destination address
-- balance   = the sum of every entry except holds and releases;
-- held      = minus the sum of holds and releases;
-- available = balance - held = the sum of every entry.
--
-- Conversion of the old REAL amounts: entries are taken per account in their order (seq), and
-- each new amount is the running total rounded to the micro-token (halves away from zero)
-- minus the previous running total rounded the same way. Every account's balance is then its
-- old balance rounded once, exactly, and each entry differs from its old value by less than
-- one micro-token, keeping its sign. The check below aborts the migration (and so leaves the
-- database as it was) if any account's balance moved.

-- Withdrawals: a request holds its amount until it is paid, rejected or cancelled.
CREATE TABLE withdrawals (
    id               TEXT PRIMARY KEY,
    account_id       TEXT NOT NULL REFERENCES users (id),
    -- What leaves the balance, fee included; held while pending or approved.
    amount           INTEGER NOT NULL CHECK (typeof(amount) = 'integer' AND amount > 0),
    -- The fee quoted at request time, charged when paid; the destination receives amount - fee.
    fee              INTEGER NOT NULL CHECK (typeof(fee) = 'integer' AND fee >= 0 AND fee < amount),
    destination      TEXT NOT NULL,
    status           TEXT NOT NULL
        CHECK (status IN ('PENDING', 'APPROVED', 'PAID', 'REJECTED', 'CANCELLED')),
    -- Scoped to the account that sent the request, as for claims.
    idempotency_key  TEXT,
    requested_by     TEXT NOT NULL,
    -- Set once, when paid: marking paid again with the same reference changes nothing.
    payout_reference TEXT UNIQUE,
    -- Why it was rejected.
    reason           TEXT,
    -- Who approved, paid, rejected or cancelled it last, and when.
    decided_by       TEXT,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    UNIQUE (requested_by, idempotency_key),
    CHECK ((status = 'PAID') = (payout_reference IS NOT NULL))
);
CREATE INDEX withdrawals_account ON withdrawals (account_id, created_at);
CREATE INDEX withdrawals_status ON withdrawals (status, created_at);

CREATE TABLE ledger_exact (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    -- A users.id, or 'platform' for the platform's own account (fees): checked by the
    -- ledger_account_exists trigger, since the platform is not a user.
    account_id      TEXT NOT NULL,
    server_id       TEXT REFERENCES servers (id),
    withdrawal_id   TEXT REFERENCES withdrawals (id),
    kind            TEXT NOT NULL
        CHECK (kind IN ('claim', 'spend', 'hold', 'release', 'fee', 'payout')),
    -- Bounded far below i64, so that no sum of a few million entries can overflow (SQLite
    -- would turn an overflowing integer sum into a float).
    amount          INTEGER NOT NULL
        CHECK (typeof(amount) = 'integer' AND amount BETWEEN -1000000000000000000 AND 1000000000000000000),
    period_end      INTEGER,
    idempotency_key TEXT,
    requested_by    TEXT,
    created_at      INTEGER NOT NULL,
    UNIQUE (requested_by, idempotency_key),
    CHECK (CASE kind
        WHEN 'claim' THEN amount >= 0
        WHEN 'release' THEN amount >= 0
        WHEN 'spend' THEN amount <= 0
        WHEN 'hold' THEN amount <= 0
        WHEN 'payout' THEN amount <= 0
        -- A fee is paid by an account and collected by the platform.
        WHEN 'fee' THEN amount = 0 OR (account_id = 'platform') = (amount > 0)
        ELSE 1 END)
);

INSERT INTO ledger_exact
    (seq, id, account_id, server_id, kind, amount, period_end, idempotency_key, requested_by, created_at)
SELECT seq, id, account_id, server_id, kind,
       upto - COALESCE(LAG(upto) OVER (PARTITION BY account_id ORDER BY seq), 0),
       period_end, idempotency_key, requested_by, created_at
FROM (
    SELECT *, CAST(ROUND(SUM(CASE kind WHEN 'spend' THEN -amount ELSE amount END)
                   OVER (PARTITION BY account_id ORDER BY seq ROWS UNBOUNDED PRECEDING)
                   * 1000000) AS INTEGER) AS upto
    FROM ledger
)
ORDER BY seq;

-- Checks: each aborts the migration, leaving the database as it was, if it fails.
CREATE TEMP TABLE migration_0014_check (
    accounts_whose_balance_moved INTEGER NOT NULL CHECK (accounts_whose_balance_moved = 0)
);
CREATE TEMP TABLE migration_0014_entries_check (
    entries_lost INTEGER NOT NULL CHECK (entries_lost = 0),
    entries_moved_a_micro_token_or_more INTEGER NOT NULL
        CHECK (entries_moved_a_micro_token_or_more = 0),
    entries_whose_sign_changed INTEGER NOT NULL CHECK (entries_whose_sign_changed = 0)
);
INSERT INTO migration_0014_entries_check
SELECT (SELECT COUNT(*) FROM ledger) - (SELECT COUNT(*) FROM ledger_exact),
       COALESCE(SUM(ABS(n.amount - o.signed * 1000000) >= 1.0), 0),
       COALESCE(SUM((n.amount > 0 AND o.signed < 0) OR (n.amount < 0 AND o.signed > 0)), 0)
FROM ledger_exact n
JOIN (SELECT seq, CASE kind WHEN 'spend' THEN -amount ELSE amount END AS signed FROM ledger) o
    USING (seq);
DROP TABLE migration_0014_entries_check;
INSERT INTO migration_0014_check
SELECT COUNT(*) FROM (
    SELECT account_id, CAST(ROUND(SUM(signed) * 1000000) AS INTEGER) AS old_balance
    FROM (SELECT account_id, CASE kind WHEN 'spend' THEN -amount ELSE amount END AS signed
          FROM ledger ORDER BY account_id, seq)
    GROUP BY account_id
) old
LEFT JOIN (SELECT account_id, SUM(amount) AS new_balance FROM ledger_exact GROUP BY account_id) new
    USING (account_id)
WHERE new.new_balance IS NOT old.old_balance;
DROP TABLE migration_0014_check;

DROP TABLE ledger;
ALTER TABLE ledger_exact RENAME TO ledger;
CREATE INDEX ledger_server ON ledger (server_id, kind, created_at);
-- Exports and statements that range over a server's entries of every kind by time.
CREATE INDEX ledger_server_time ON ledger (server_id, created_at);
CREATE INDEX ledger_account ON ledger (account_id, created_at);
CREATE INDEX ledger_created ON ledger (created_at);
CREATE INDEX ledger_withdrawal ON ledger (withdrawal_id);

-- The ledger is append-only: a correction is a new entry, never an edit.
CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the ledger is append-only: entries are never updated');
END;
CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger
BEGIN
    SELECT RAISE(ABORT, 'the ledger is append-only: entries are never deleted');
END;
CREATE TRIGGER ledger_account_exists BEFORE INSERT ON ledger
WHEN NEW.account_id <> 'platform'
 AND NOT EXISTS (SELECT 1 FROM users WHERE id = NEW.account_id)
BEGIN
    SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: ledger account is not a user');
END;

-- Derived per account, kept by the trigger below so that a withdrawal checks what is
-- available in one row, however long the account's history.
CREATE TABLE account_balances (
    account_id TEXT PRIMARY KEY,
    -- Every entry except holds and releases.
    balance    INTEGER NOT NULL DEFAULT 0,
    -- Set aside for pending and approved withdrawals: minus holds and releases.
    held       INTEGER NOT NULL DEFAULT 0,
    -- An overflowing sum would become a float: refuse the entry instead.
    CHECK (typeof(balance) = 'integer' AND typeof(held) = 'integer')
) WITHOUT ROWID;
INSERT INTO account_balances (account_id, balance, held)
SELECT account_id,
       COALESCE(SUM(CASE WHEN kind IN ('hold', 'release') THEN 0 ELSE amount END), 0),
       -COALESCE(SUM(CASE WHEN kind IN ('hold', 'release') THEN amount ELSE 0 END), 0)
FROM ledger GROUP BY account_id;

CREATE TRIGGER ledger_keeps_account_balances AFTER INSERT ON ledger
BEGIN
    INSERT INTO account_balances (account_id, balance, held)
    VALUES (NEW.account_id,
            CASE WHEN NEW.kind IN ('hold', 'release') THEN 0 ELSE NEW.amount END,
            CASE WHEN NEW.kind IN ('hold', 'release') THEN -NEW.amount ELSE 0 END)
    ON CONFLICT (account_id) DO UPDATE SET
        balance = balance + excluded.balance,
        held = held + excluded.held;
END;
