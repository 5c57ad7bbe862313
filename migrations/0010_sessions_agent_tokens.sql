-- Sessions and agent tokens (issue #12).

-- A session is one login: its identity stays the same across refresh rotations (which replace
-- the token family), so that a person can see and revoke "the laptop" rather than a token.
CREATE TABLE auth_sessions (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users (id),
    -- What the client called itself at login (capped and printable), or NULL.
    client_name  TEXT,
    created_at   INTEGER NOT NULL,
    -- Updated at most once a minute (see store::auth), so a busy client costs no write per request.
    last_used_at INTEGER NOT NULL,
    -- When its current refresh token expires: a session past it is over without a revocation.
    expires_at   INTEGER NOT NULL,
    revoked_at   INTEGER
);
CREATE INDEX auth_sessions_user ON auth_sessions (user_id, created_at);

ALTER TABLE auth_tokens ADD COLUMN session_id TEXT REFERENCES auth_sessions (id);
CREATE INDEX auth_tokens_session ON auth_tokens (session_id);

-- Tokens issued before sessions existed: each family becomes a session of its own.
INSERT INTO auth_sessions (id, user_id, client_name, created_at, last_used_at, expires_at, revoked_at)
SELECT 'ses-' || family, MIN(user_id), NULL, MIN(created_at), MAX(created_at), MAX(expires_at),
       CASE WHEN SUM(revoked_at IS NULL) = 0 THEN MAX(revoked_at) END
FROM auth_tokens GROUP BY family;
UPDATE auth_tokens SET session_id = 'ses-' || family;

-- Tokens a server's agent reports with: they name one server and can do nothing else. The
-- secret is kept only as its SHA-256 hash, like access tokens.
CREATE TABLE agent_tokens (
    id           TEXT PRIMARY KEY,
    token_hash   TEXT NOT NULL UNIQUE,
    server_id    TEXT NOT NULL REFERENCES servers (id),
    name         TEXT,
    -- The account that issued it (the owner or an admin).
    created_by   TEXT NOT NULL REFERENCES users (id),
    created_at   INTEGER NOT NULL,
    -- NULL: never expires.
    expires_at   INTEGER,
    last_used_at INTEGER,
    revoked_at   INTEGER
);
CREATE INDEX agent_tokens_server ON agent_tokens (server_id, created_at);
