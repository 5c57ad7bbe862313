-- Accounts managed by admins (issue #12): `users` lists and filters them, `server init` and
-- `vpnmine server` ask whether an active admin exists, and new usernames are compared without
-- regard to case, so that "Alice" cannot be created beside "alice".
CREATE INDEX users_role ON users (role, created_at);
CREATE INDEX users_username_nocase ON users (username COLLATE NOCASE);
