-- UUID migrations (issue #17). A migration writes its backup rows batch by batch in the users'
-- storage order, so an index on (migration_id, user_id) took each batch's rows at random places
-- across the index: every batch rewrote most of its pages. Runs are read whole, by
-- migration_id; a user's row of the run is looked up only when the user's UUID changed during
-- the call. Rows of one run now go to the end of the index, in the order they are written.
DROP INDEX uuid_migrations_run_user;
CREATE INDEX uuid_migrations_run ON uuid_migrations (migration_id);
