-- Read paths (issue #17). How many servers are in service and how many are decommissioned,
-- kept up to date by triggers: the first page of `miningServers` answers its total from here
-- instead of counting every server on every request (about a millisecond at 10,200 servers,
-- more than the rest of the page). Filtered pages still count their matches.
CREATE TABLE server_counts (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    in_service     INTEGER NOT NULL,
    decommissioned INTEGER NOT NULL
);

INSERT INTO server_counts (id, in_service, decommissioned)
SELECT 1,
       COALESCE(SUM(decommissioned_at IS NULL), 0),
       COALESCE(SUM(decommissioned_at IS NOT NULL), 0)
FROM servers;

CREATE TRIGGER server_counts_insert AFTER INSERT ON servers BEGIN
    UPDATE server_counts
    SET in_service = in_service + (NEW.decommissioned_at IS NULL),
        decommissioned = decommissioned + (NEW.decommissioned_at IS NOT NULL)
    WHERE id = 1;
END;

-- INSERT OR REPLACE fires this too (recursive_triggers is on), so a replaced row is not
-- counted twice.
CREATE TRIGGER server_counts_delete AFTER DELETE ON servers BEGIN
    UPDATE server_counts
    SET in_service = in_service - (OLD.decommissioned_at IS NULL),
        decommissioned = decommissioned - (OLD.decommissioned_at IS NOT NULL)
    WHERE id = 1;
END;

CREATE TRIGGER server_counts_update AFTER UPDATE OF decommissioned_at ON servers
WHEN (OLD.decommissioned_at IS NULL) != (NEW.decommissioned_at IS NULL) BEGIN
    UPDATE server_counts
    SET in_service = in_service + (NEW.decommissioned_at IS NULL) - (OLD.decommissioned_at IS NULL),
        decommissioned = decommissioned + (NEW.decommissioned_at IS NOT NULL) - (OLD.decommissioned_at IS NOT NULL)
    WHERE id = 1;
END;

-- The admin dashboard's top users add up each user's sessions of the last 30 days: from
-- this index alone, instead of a lookup of every session's row (1.9 s at demo scale 34,
-- where every one of 613,310 sessions falls in the window; 0.6 s with it).
CREATE INDEX sessions_user_data ON sessions (user_id, started_at, data_gb, ended_at);
