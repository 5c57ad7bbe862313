-- PostgreSQL's migration 21 adds what several replicas on one database share (the generation
-- of stored data that shared answers are kept under). One SQLite file has one server: nothing
-- to add, and this keeps both engines at the same schema version.
SELECT 1;
