-- PostgreSQL's migration 20 gives it what SQLite has of its own (a rowid on the tables the
-- store orders by it; SUM and AVG of integers as SQLite computes them; text compared by code
-- point). SQLite needs nothing: this keeps both engines at the same schema version.
SELECT 1;
