-- What the store's shared SQL expects of SQLite and finds missing on PostgreSQL (issue #18).
--
-- A row's insertion order. SQLite gives every table a `rowid` that grows with each insert, and
-- the store breaks ties by it: the newest of two sessions or tokens made in the same second, an
-- alert list's order, a UUID migration's batches in storage order. PostgreSQL has no such
-- column, so the tables the store orders or looks up by it get one, numbered in insertion
-- order from here on (rows already there are numbered in the order PostgreSQL finds them).
-- (`copy-store` writes SQLite's rowids into it, so a copied platform keeps its order.)
ALTER TABLE users ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE auth_sessions ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE agent_tokens ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE uuid_migration_runs ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
ALTER TABLE alerts ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX users_rowid ON users (rowid);

-- Sums and averages of integers. SQLite's SUM of integers is an integer, and an error when it
-- overflows; its AVG is a float. PostgreSQL's are NUMERIC, which the engine-neutral driver
-- cannot read, and its SUM never overflows. These give bigint the SQLite meaning: int8pl fails
-- with "bigint out of range" as SQLite's SUM fails with "integer overflow". They live in the
-- store's schema, which every store connection puts before pg_catalog on its search path
-- (Store::open_postgres), so that `SUM(amount)` finds them first; other sessions see the
-- built-in ones. Since anything in that schema now shadows PostgreSQL's own functions, only
-- its owner may create there (PostgreSQL 14 and older let every role create in `public`; a
-- role that does not own the schema only gets a warning here).
DO $$
BEGIN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
END
$$;
CREATE AGGREGATE sum (BIGINT) (
    SFUNC = int8pl, STYPE = BIGINT, COMBINEFUNC = int8pl, PARALLEL = SAFE
);

CREATE FUNCTION avg_step (state DOUBLE PRECISION[], value BIGINT) RETURNS DOUBLE PRECISION[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS 'SELECT float8_accum(state, value::DOUBLE PRECISION)';
CREATE AGGREGATE avg (BIGINT) (
    SFUNC = avg_step, STYPE = DOUBLE PRECISION[], FINALFUNC = float8_avg,
    COMBINEFUNC = float8_combine, INITCOND = '{0,0,0}', PARALLEL = SAFE
);

-- Text compares as SQLite's does, by code point, whatever the database's locale: the same
-- servers in the same order on both engines (a hyphen or a capital letter sorts apart in
-- en_US), and lower() folding ASCII only, as SQLite's NOCASE does. A column that a trigger
-- names cannot change its type, so the schema's triggers are set aside meanwhile and made
-- again from their own definitions (they fire in name order, so the order they come back in
-- is not theirs to keep).
DO $$
DECLARE
    c record;
    t record;
    definitions text[] := '{}';
    definition text;
BEGIN
    FOR t IN
        SELECT tg.tgname, tg.tgrelid::regclass AS tbl, pg_get_triggerdef(tg.oid) AS def
        FROM pg_trigger tg JOIN pg_class r ON r.oid = tg.tgrelid
        WHERE NOT tg.tgisinternal AND r.relnamespace = current_schema()::regnamespace
    LOOP
        definitions := definitions || t.def;
        EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);
    END LOOP;
    FOR c IN
        SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND data_type = 'text'
          AND table_name <> '_sqlx_migrations'
    LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE TEXT COLLATE "C"',
                       c.table_name, c.column_name);
    END LOOP;
    FOREACH definition IN ARRAY definitions LOOP
        EXECUTE definition;
    END LOOP;
END
$$;
