-- UUID migrations (issue #17). A migration writes its backup rows batch by batch in the users'
-- storage order, so an index on (migration_id, user_id) took each batch's rows at random places
-- across the index: every batch rewrote most of its pages. A call reads its run's rows by
-- migration_id: all of them when it starts, then in each batch only those after the last one it
-- read (seq > the last seen). Rows of one run now go to the end of the index, in seq order.
DROP INDEX uuid_migrations_run_user;
CREATE INDEX uuid_migrations_run ON uuid_migrations (migration_id);
