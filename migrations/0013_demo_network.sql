-- The demo network's record (issue #12): a database the demo seed built says so, with the seed
-- it was built from, so that opening it again can bring its simulated agents up to now
-- (`--endpoint local`, `vpnmine server --demo`) and nothing else is ever simulated.
-- caught_up_at: the last instant the simulated heartbeats were brought up to (NULL: never).
CREATE TABLE demo_network (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    seed         INTEGER,
    seeded_at    INTEGER NOT NULL,
    caught_up_at INTEGER
);

-- Databases seeded before this table existed: the seed's three named accounts (fixed ids, no
-- other path creates all three) and its servers mark a demo network. Its seed is unknown
-- (NULL): the catch-up then uses the one it is started with.
INSERT INTO demo_network (id, seed, seeded_at)
SELECT 1, NULL, (SELECT created_at + 90 * 86400 FROM users WHERE id = 'usr-admin')
WHERE EXISTS (SELECT 1 FROM users WHERE id = 'usr-admin' AND username = 'admin')
  AND EXISTS (SELECT 1 FROM users WHERE id = 'usr-operator' AND username = 'operator')
  AND EXISTS (SELECT 1 FROM users WHERE id = 'usr-user' AND username = 'user')
  AND EXISTS (SELECT 1 FROM servers);
