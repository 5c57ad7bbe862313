-- 0003 indexed users by lower(vpn_uuid); migrateUserUuids counts a UUID's holders in memory
-- instead (src/server/store/uuids.rs), and keeping an index of random keys up to date costs a
-- migration about as much I/O as the rest of its writes together, so it goes.
DROP INDEX IF EXISTS users_vpn_uuid;
