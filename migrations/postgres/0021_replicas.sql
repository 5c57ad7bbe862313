-- Several `vpnmine server` replicas on one database (issue #18).
--
-- The generation of stored data: every write that shared answers may depend on moves it, after
-- it commits and before its response goes (`Store::note_change`), and every replica reads it
-- before it looks for a shared answer (`Store::generation`). So an answer kept by one replica is
-- never served after a write made through another. A sequence, not a row: moving it takes no
-- lock, and its value is seen by every session at once, outside transactions.
CREATE SEQUENCE store_generation;
