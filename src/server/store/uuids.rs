//! Users' VPN UUIDs (`users.vpn_uuid`) and the VLESS/REALITY client entries
//! (`config.clients[].id` of `server_protocols`) that reference them: validation and migration.
//!
//! UUIDs are compared case-insensitively ([`uuid_key`]), since the hyphenated form is accepted in
//! either case.
//!
//! A migration works in batches, each in one `BEGIN IMMEDIATE` transaction that updates the
//! batch's users, rewrites every configuration referencing their old UUIDs and writes the backup
//! rows (`uuid_migrations`). A crash or `kill -9` at any moment therefore leaves every user either
//! migrated everywhere, with a backup row, or untouched.
//!
//! It scales with the number of users, not users × configurations: a call loads the users once
//! (and counts each UUID's holders in memory) and the VLESS/REALITY configurations once, indexed
//! by the UUIDs they reference. The index is checked against `protocol_config_version` (kept by
//! triggers) inside each batch's transaction and rebuilt when someone else changed a
//! configuration meanwhile; each affected configuration is rewritten once per batch. Batches
//! follow the users' storage order so that a batch's rows share pages. Real migrations run one
//! at a time per process.
//!
//! A batch reaches its users by rowid rather than through the id index: it reads them by the
//! rowids the call started with (and by id any user whose row is no longer there), and writes them
//! back by the rowid read in its transaction, with the id checked on the row. Configurations are
//! written by id. The backup rows are indexed by run only, so each batch appends to that index.
//! Most of a batch's time is then its writes and commit: in the scale-34 demo, a batch of 1,000
//! users rewrites about 600 configurations spread over most of `server_protocols`' pages
//! (`bench/uuid-migrate.sh` prints the split, and SQLite's own time for the same batched SQL).

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant};

use serde_json::Value;
use sha2::{Digest as _, Sha256};
use sqlx::{Any, QueryBuilder};

use super::Conn;

use super::rows::row_struct;
use super::{Store, StoreError, push_in};
use crate::domain::protocol::ProtocolType;
use crate::domain::validate::{validate_protocol_config, validate_uuid};

/// Largest batch of a migration.
pub const MAX_BATCH_SIZE: usize = 10_000;
/// Rows per multi-row statement (SQLite allows 32,766 bound values per statement).
const CHUNK: usize = 1_000;
const CLIENT_PROTOCOLS: &str = "('VLESS', 'REALITY')";

/// How UUIDs are compared: the hyphenated form is accepted in either case.
pub fn uuid_key(uuid: &str) -> String {
    uuid.to_ascii_lowercase()
}

/// A result, or the requested user ids that do not exist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Checked<T> {
    Done(T),
    UnknownUsers(Vec<String>),
}

row_struct! {
    /// A VLESS or REALITY endpoint.
    #[derive(Debug, Clone)]
    pub struct ClientConfigRow {
        pub id: String,
        pub server_id: String,
        pub protocol: String,
        pub port: i64,
        pub config: String,
    }
}

/// The client entries of a configuration (`config.clients`, when it is an array).
fn clients(config: &Value) -> &[Value] {
    config
        .get("clients")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The distinct UUID keys a configuration's client entries reference.
fn client_keys(config: &Value) -> Vec<String> {
    let mut keys: Vec<String> = clients(config)
        .iter()
        .filter_map(|c| c.get("id").and_then(Value::as_str).map(uuid_key))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

fn names(ids: &[&str]) -> String {
    match ids {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, second] => format!("{first} and {second}"),
        [first, second, third] => format!("{first}, {second} and {third}"),
        [first, second, rest @ ..] => format!("{first}, {second} and {} others", rest.len()),
    }
}

// ---------------------------------------------------------------- validation

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ProblemKind {
    /// A user's UUID is not a valid hyphenated, non-nil UUID.
    MalformedUserUuid,
    /// Several users have the same UUID.
    DuplicateUserUuid,
    /// A configuration's client entry has a valid UUID that is no user's.
    DanglingClient,
    /// A configuration's client entry has no valid UUID.
    MalformedClient,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvalidEntry {
    pub kind: ProblemKind,
    /// The user, for the users' own problems; none for configuration entries.
    pub user_id: Option<String>,
    pub uuid: String,
    pub reason: String,
    /// The server whose configuration holds the entry.
    pub server_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UuidReport {
    /// Users checked.
    pub validated: usize,
    /// Users first (in id order), then configuration entries (by server and protocol).
    pub invalid: Vec<InvalidEntry>,
    /// Checked users that no VLESS/REALITY configuration references. Not an error.
    pub unprovisioned: usize,
}

impl Store {
    /// Checks the UUIDs of every user, or of `only` these users (RSC: [`Checked::UnknownUsers`]).
    /// One query for the users and one for the configurations, then hash maps.
    pub async fn validate_uuids(
        &self,
        only: Option<&[String]>,
    ) -> Result<Checked<UuidReport>, StoreError> {
        let users: Vec<(String, String)> = users_by_id(self)
            .await?
            .into_iter()
            .map(|(_, id, uuid)| (id, uuid))
            .collect();
        let configs: Vec<ClientConfigRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT id, server_id, type AS protocol, port, config FROM server_protocols \
             WHERE type IN {CLIENT_PROTOCOLS} ORDER BY server_id, type"
        )))
        .fetch_all(self.pool())
        .await?;
        Ok(check_uuids(&users, &configs, only))
    }
}

/// Every user's (rowid, id, UUID), sorted by id. Read in storage order and sorted here: `ORDER
/// BY id` walks the id index and fetches each row from another page.
async fn users_by_id(store: &Store) -> Result<Vec<(i64, String, String)>, StoreError> {
    let mut users: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT rowid, id, vpn_uuid FROM users")
            .fetch_all(store.pool())
            .await?;
    users.sort_unstable_by(|a, b| a.1.cmp(&b.1));
    Ok(users)
}

/// The (rowid, id, UUID) of the users whose `column` is one of `values`.
async fn users_where<T>(
    conn: &mut Conn,
    column: &'static str,
    values: &[T],
) -> Result<Vec<(i64, String, String)>, StoreError>
where
    T: Clone + for<'t> sqlx::Encode<'t, Any> + sqlx::Type<Any>,
{
    let mut users = Vec::with_capacity(values.len());
    for chunk in values.chunks(CHUNK) {
        let mut qb = QueryBuilder::<Any>::new(format!(
            "SELECT rowid, id, vpn_uuid FROM users WHERE {column}"
        ));
        push_in(&mut qb, chunk.iter().cloned());
        users.extend(
            qb.build_query_as::<(i64, String, String)>()
                .fetch_all(&mut *conn)
                .await?,
        );
    }
    Ok(users)
}

/// The checks behind [`Store::validate_uuids`] on `users` (id, UUID) and the VLESS/REALITY
/// `configs`. Every user's UUID must be well-formed and nobody else's. Configuration entries must
/// hold a valid UUID that is some user's; they are checked only when all users are (`only` is
/// `None`), since they belong to no particular user. A user no configuration references is not an
/// error: most users are not provisioned on every server, or on any yet. They are counted.
pub fn check_uuids(
    users: &[(String, String)],
    configs: &[ClientConfigRow],
    only: Option<&[String]>,
) -> Checked<UuidReport> {
    let position: HashMap<&str, usize> = users
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (id.as_str(), i))
        .collect();
    let checked: Vec<usize> = match only {
        None => (0..users.len()).collect(),
        Some(ids) => {
            let mut unknown = Vec::new();
            let mut found = Vec::with_capacity(ids.len());
            for id in ids {
                match position.get(id.as_str()) {
                    Some(&i) => found.push(i),
                    None => unknown.push(id.clone()),
                }
            }
            if !unknown.is_empty() {
                return Checked::UnknownUsers(unknown);
            }
            found.sort_unstable();
            found.dedup();
            found
        }
    };
    let mut holders: HashMap<String, Vec<usize>> = HashMap::with_capacity(users.len());
    for (i, (_, uuid)) in users.iter().enumerate() {
        holders.entry(uuid_key(uuid)).or_default().push(i);
    }

    let mut invalid = Vec::new();
    for &i in &checked {
        let (id, uuid) = &users[i];
        let entry = |kind, reason| InvalidEntry {
            kind,
            user_id: Some(id.clone()),
            uuid: uuid.clone(),
            reason,
            server_id: None,
        };
        if let Err(e) = validate_uuid(uuid) {
            invalid.push(entry(ProblemKind::MalformedUserUuid, e.to_string()));
        }
        let same = &holders[&uuid_key(uuid)];
        if same.len() > 1 {
            let others: Vec<&str> = same
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| users[j].0.as_str())
                .collect();
            invalid.push(entry(
                ProblemKind::DuplicateUserUuid,
                format!("duplicate UUID: also the UUID of {}", names(&others)),
            ));
        }
    }

    let whole = only.is_none();
    let mut referenced: HashSet<String> = HashSet::new();
    for row in configs {
        let Ok(config) = serde_json::from_str::<Value>(&row.config) else {
            continue;
        };
        for (n, client) in clients(&config).iter().enumerate() {
            let path = format!("config.clients[{n}].id");
            let entry = |kind, uuid: String, reason: String| InvalidEntry {
                kind,
                user_id: None,
                uuid,
                reason: format!("{} endpoint {}: {path}: {reason}", row.protocol, row.id),
                server_id: Some(row.server_id.clone()),
            };
            let Some(text) = client.get("id").and_then(Value::as_str) else {
                if whole {
                    let shown = client.get("id").map(Value::to_string).unwrap_or_default();
                    invalid.push(entry(
                        ProblemKind::MalformedClient,
                        shown,
                        "expected a client entry with a UUID string \"id\"".into(),
                    ));
                }
                continue;
            };
            let key = uuid_key(text);
            let known = holders.contains_key(&key);
            if known {
                referenced.insert(key);
            }
            if !whole {
                continue;
            }
            match validate_uuid(text) {
                Err(e) => invalid.push(entry(
                    ProblemKind::MalformedClient,
                    text.to_string(),
                    e.to_string(),
                )),
                Ok(_) if !known => invalid.push(entry(
                    ProblemKind::DanglingClient,
                    text.to_string(),
                    "references no user".into(),
                )),
                Ok(_) => {}
            }
        }
    }
    let unprovisioned = checked
        .iter()
        .filter(|&&i| !referenced.contains(&uuid_key(&users[i].1)))
        .count();
    Checked::Done(UuidReport {
        validated: checked.len(),
        invalid,
        unprovisioned,
    })
}

// ---------------------------------------------------------------- migration

/// What happened, or would happen, to one user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Dry run: would be migrated.
    Planned,
    Migrated,
    /// Its new UUID or a configuration rewritten for it failed validation; nothing changed.
    Failed,
    /// Another user of its batch failed, so the batch was rolled back; nothing changed.
    RolledBack,
    /// A restore found the user already holding the UUID to restore; nothing to do.
    Unchanged,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Planned => "PLANNED",
            Self::Migrated => "MIGRATED",
            Self::Failed => "FAILED",
            Self::RolledBack => "ROLLED_BACK",
            Self::Unchanged => "UNCHANGED",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserMigration {
    pub user_id: String,
    pub old_uuid: String,
    /// Given (MIGRATED), planned (PLANNED), or attempted and not applied (FAILED, ROLLED_BACK).
    pub new_uuid: String,
    pub outcome: Outcome,
    /// Why it failed or was rolled back.
    pub reason: Option<String>,
}

/// A user's UUID to put back, from a migration's report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restore {
    /// The UUID the user must hold now (the report's new one); any other means someone changed
    /// it since, and it is left alone.
    pub current: String,
    /// The UUID to give back (the report's old one).
    pub uuid: String,
}

/// The users of a restore, and how many of them each UUID goes back to.
#[derive(Debug, Clone)]
pub struct Restores {
    by_user: HashMap<String, Restore>,
    targets: HashMap<String, usize>,
}

impl Restores {
    pub fn new(by_user: HashMap<String, Restore>) -> Self {
        let mut targets: HashMap<String, usize> = HashMap::with_capacity(by_user.len());
        for restore in by_user.values() {
            *targets.entry(uuid_key(&restore.uuid)).or_default() += 1;
        }
        Self { by_user, targets }
    }
}

/// Where a migration's new UUIDs come from.
pub enum NewUuids<'a> {
    /// Fresh ones (migrateUserUuids).
    Generated(&'a mut (dyn FnMut() -> String + Send)),
    /// Given per user, each restored only from the UUID expected (restoreUserUuids). Every
    /// user of the request must have an entry.
    Restored(&'a Restores),
}

/// What a batch does with one existing user.
enum Assignment {
    To(String),
    Unchanged,
    Refused(String),
}

impl NewUuids<'_> {
    /// A restore refuses here, per user, what would otherwise fail its whole batch: a UUID
    /// that is malformed, held by someone now, or restored to two users.
    fn assign(&mut self, user_id: &str, current: &str, holders: &Holders) -> Assignment {
        match self {
            Self::Generated(generate) => Assignment::To(generate()),
            Self::Restored(restores) => match restores.by_user.get(user_id) {
                Some(r) if uuid_key(current) == uuid_key(&r.uuid) => Assignment::Unchanged,
                Some(r) if uuid_key(current) != uuid_key(&r.current) => {
                    Assignment::Refused(format!(
                        "its UUID changed since the report: it holds {current}, not {}; left alone",
                        r.current
                    ))
                }
                Some(r) if validate_uuid(&r.uuid).is_err() => Assignment::Refused(format!(
                    "{} is not a valid UUID, so it is not restored",
                    r.uuid
                )),
                Some(r) if holders.contains_key(&uuid_key(&r.uuid)) => {
                    Assignment::Refused(format!(
                        "{} is held by another user now, so it is not restored",
                        r.uuid
                    ))
                }
                Some(r) => {
                    let sharing = restores.targets[&uuid_key(&r.uuid)];
                    if sharing > 1 {
                        Assignment::Refused(format!(
                            "{} would go back to {sharing} users, so it is not restored",
                            r.uuid
                        ))
                    } else {
                        Assignment::To(r.uuid.clone())
                    }
                }
                None => Assignment::Refused("no UUID to restore was given".into()),
            },
        }
    }

    /// The scope of the run: a restore's includes what it restores, so that it never resumes
    /// (or is resumed by) a migration of the same users.
    fn scope(&self, user_ids: Option<&[String]>) -> String {
        match self {
            Self::Generated(_) => scope_of(user_ids),
            Self::Restored(restores) => {
                let mut lines: Vec<String> = restores
                    .by_user
                    .iter()
                    .map(|(user, r)| {
                        format!("{user} {} {}", uuid_key(&r.current), uuid_key(&r.uuid))
                    })
                    .collect();
                lines.sort_unstable();
                format!("restore:{}", hex::encode(Sha256::digest(lines.join("\n"))))
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct MigrationRequest<'a> {
    /// Only these users; `None`, every user.
    pub user_ids: Option<&'a [String]>,
    pub dry_run: bool,
    /// Users per transaction, clamped to 1..=[`MAX_BATCH_SIZE`].
    pub batch_size: usize,
    pub now: i64,
}

#[derive(Debug, Clone)]
pub struct MigrationReport {
    /// The run (none for a dry run that resumes nothing).
    pub migration_id: Option<String>,
    /// Whether an interrupted run of the same scope was resumed.
    pub resumed: bool,
    /// One per requested user, in the order requested (every user: by id).
    pub users: Vec<UserMigration>,
}

/// The scope of a run: every user, or a digest of the requested set of users.
fn scope_of(user_ids: Option<&[String]>) -> String {
    match user_ids {
        None => "all".into(),
        Some(ids) => {
            let mut ids: Vec<&str> = ids.iter().map(String::as_str).collect();
            ids.sort_unstable();
            ids.dedup();
            format!("users:{}", hex::encode(Sha256::digest(ids.join("\n"))))
        }
    }
}

/// A VLESS/REALITY configuration as of the index's version.
#[derive(Debug)]
struct CachedConfig {
    /// The row, without its `config` text: `value` holds it, parsed.
    row: ClientConfigRow,
    value: Value,
    /// The UUID keys its client entries reference.
    keys: Vec<String>,
    /// How many problems validation finds in it, once computed.
    problems: Option<usize>,
}

/// The VLESS/REALITY configurations, and which reference each UUID key, as of a
/// `protocol_config_version`. While the version is unchanged nobody else wrote a configuration,
/// so a batch reads them from here rather than from the database.
#[derive(Debug, Default)]
struct ConfigIndex {
    version: Option<i64>,
    by_key: HashMap<String, Vec<String>>,
    configs: HashMap<String, CachedConfig>,
}

impl ConfigIndex {
    async fn rebuild(&mut self, conn: &mut Conn, version: i64) -> Result<(), StoreError> {
        let rows: Vec<ClientConfigRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT id, server_id, type AS protocol, port, config FROM server_protocols \
             WHERE type IN {CLIENT_PROTOCOLS}"
        )))
        .fetch_all(&mut *conn)
        .await?;
        self.by_key.clear();
        self.configs.clear();
        for mut row in rows {
            let text = std::mem::take(&mut row.config);
            if let Ok(value) = serde_json::from_str::<Value>(&text) {
                let keys = client_keys(&value);
                self.insert(row, value, keys, None);
            }
        }
        self.version = Some(version);
        Ok(())
    }

    fn insert(
        &mut self,
        row: ClientConfigRow,
        value: Value,
        keys: Vec<String>,
        problems: Option<usize>,
    ) {
        for key in &keys {
            self.by_key
                .entry(key.clone())
                .or_default()
                .push(row.id.clone());
        }
        let cached = CachedConfig {
            row,
            value,
            keys,
            problems,
        };
        self.configs.insert(cached.row.id.clone(), cached);
    }

    fn remove(&mut self, id: &str) -> Option<CachedConfig> {
        let cached = self.configs.remove(id)?;
        for key in &cached.keys {
            if let Some(ids) = self.by_key.get_mut(key) {
                ids.retain(|p| p != id);
                if ids.is_empty() {
                    self.by_key.remove(key);
                }
            }
        }
        Some(cached)
    }

    /// The configurations referencing any of `keys`, sorted.
    fn referencing<'a>(&self, keys: impl IntoIterator<Item = &'a String>) -> Vec<String> {
        let mut ids: Vec<String> = keys
            .into_iter()
            .filter_map(|k| self.by_key.get(k))
            .flatten()
            .cloned()
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

async fn config_version(conn: &mut Conn) -> Result<i64, StoreError> {
    Ok(
        sqlx::query_scalar("SELECT version FROM protocol_config_version WHERE id = 1")
            .fetch_one(&mut *conn)
            .await?,
    )
}

/// A user a batch is to migrate, and where the call found its row when it started.
#[derive(Debug, Clone, Copy)]
struct Pending<'a> {
    rowid: i64,
    id: &'a str,
}

/// One user of a batch.
struct Planned {
    /// Where the user's row is stored now (read in the batch's transaction).
    rowid: i64,
    user_id: String,
    old: String,
    new: String,
}

/// Rewrites the client entries of `config` that reference a UUID of `moving` (key → the batch's
/// users holding it, as indexes into `plan`). An entry becomes one entry per such user, with the
/// user's new UUID (the first keeps the entry's email); the original entry stays in front when
/// users outside the batch still hold its UUID (`kept`). Returns the new configuration and the
/// batch users it references, or `None` when it references none.
fn rewrite(
    config: &Value,
    moving: &HashMap<String, Vec<usize>>,
    kept: &HashSet<String>,
    plan: &[Planned],
) -> Option<(Value, Vec<usize>)> {
    let entries = config.get("clients")?.as_array()?;
    let mut touched = Vec::new();
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries {
        let movers = entry
            .get("id")
            .and_then(Value::as_str)
            .and_then(|id| moving.get(&uuid_key(id)));
        let (Some(movers), Some(object)) = (movers, entry.as_object()) else {
            out.push(entry.clone());
            continue;
        };
        let keep = kept.contains(&uuid_key(object["id"].as_str().unwrap_or_default()));
        if keep {
            out.push(entry.clone());
        }
        for (n, &i) in movers.iter().enumerate() {
            let mut copy = object.clone();
            if keep || n > 0 {
                copy.remove("email");
            }
            copy.insert("id".into(), Value::String(plan[i].new.clone()));
            out.push(Value::Object(copy));
            touched.push(i);
        }
    }
    if touched.is_empty() {
        return None;
    }
    let mut config = config.clone();
    config["clients"] = Value::Array(out);
    touched.sort_unstable();
    touched.dedup();
    Some((config, touched))
}

/// A configuration a batch rewrites.
struct Rewrite {
    id: String,
    value: Value,
    text: String,
    /// The UUID keys it references.
    keys: Vec<String>,
    problems: usize,
}

fn problems(protocol: &str, port: i64, config: &Value) -> Vec<String> {
    let Ok(protocol) = protocol.parse::<ProtocolType>() else {
        return Vec::new();
    };
    match validate_protocol_config(protocol, port, config) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// Where a call's time went, logged when it ends: loading (every user, finding or starting the run,
/// and its backup rows), then per batch: reading (the wait for the write lock, the batch's users,
/// the run's new backup rows, and the configurations when they changed), planning (new UUIDs, the
/// rewritten configurations and their validation), writing, and committing. The rest (the log's
/// total less these) is rolling back batches that write nothing, recording rolled-back batches,
/// updating the in-memory index after each commit, and finishing the run.
#[derive(Debug, Default)]
struct Timings {
    load: Duration,
    read: Duration,
    plan: Duration,
    write: Duration,
    commit: Duration,
}

impl Timings {
    /// Adds the time since `*since` to `phase` and restarts the clock.
    fn lap(phase: &mut Duration, since: &mut Instant) {
        let now = Instant::now();
        *phase += now - *since;
        *since = now;
    }
}

/// The backup rows of a run that a call has read: the users other calls recorded as MIGRATED, and
/// the last row read or written (`seen`). `seq` is AUTOINCREMENT and SQLite has one writer at a
/// time, so a row committed later always has a larger `seq`: rows after `seen` are all the new
/// ones. A batch's own rows are not read back (`seen` moves past them when it commits); its users
/// are in no other batch of the call.
#[derive(Debug, Default)]
struct RunBackups {
    migrated: HashMap<String, (String, String)>,
    seen: i64,
}

impl RunBackups {
    /// Reads the run's rows after `seen`: at the start of a call, every row; in a batch, those
    /// written since (by another call of the run in another process, or this call's record of a
    /// rolled-back batch, which is not a migration).
    async fn catch_up<'c, E>(&mut self, executor: E, run: &str) -> Result<(), StoreError>
    where
        E: sqlx::Executor<'c, Database = Any>,
    {
        let rows: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT seq, user_id, old_uuid, new_uuid, status FROM uuid_migrations \
             WHERE migration_id = ? AND seq > ? ORDER BY seq",
        )
        .bind(run)
        .bind(self.seen)
        .fetch_all(executor)
        .await?;
        for (seq, user, old, new, status) in rows {
            if status == Outcome::Migrated.as_str() {
                self.migrated.insert(user, (old, new));
            }
            self.seen = seq;
        }
        Ok(())
    }
}

/// What a call keeps up to date from one batch to the next.
#[derive(Debug, Default)]
struct Progress {
    index: ConfigIndex,
    holders: Holders,
    backups: RunBackups,
    timings: Timings,
}

/// One real migration at a time per process: a batch's checks use the holders of each UUID as
/// loaded at the start of the call and kept up to date by its own commits.
static MIGRATING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// How many users hold each UUID key.
type Holders = HashMap<String, usize>;

impl Store {
    /// Gives users new UUIDs (from `new_uuid`) and rewrites every VLESS/REALITY configuration
    /// that references their old ones, in batches of `request.batch_size` users, each in one
    /// immediate transaction together with its backup rows.
    ///
    /// A call is a run. An interrupted run (the server died, or the database failed) stays
    /// RUNNING; the next call with the same scope (every user, or the same set of users) resumes
    /// it: users it already migrated are reported as MIGRATED with their backup's UUIDs and not
    /// migrated again. A batch whose validation fails is rolled back (its users FAILED or
    /// ROLLED_BACK, recorded in the backup table) and the run goes on with the next batch.
    /// A dry run writes nothing and answers PLANNED (or the failures a real run would meet).
    ///
    /// Batches follow the table's storage order (rowid), so that a batch's user rows share
    /// pages; results come in the order requested (every user: by id).
    pub async fn migrate_uuids(
        &self,
        request: &MigrationRequest<'_>,
        mut new_uuids: NewUuids<'_>,
    ) -> Result<Checked<MigrationReport>, StoreError> {
        let _one_at_a_time = if request.dry_run {
            None
        } else {
            Some(MIGRATING.lock().await)
        };
        let batch_size = request.batch_size.clamp(1, MAX_BATCH_SIZE);
        let started = Instant::now();
        let mut progress = Progress::default();
        let users = users_by_id(self).await?;
        progress.holders.reserve(users.len());
        for (_, _, uuid) in &users {
            *progress.holders.entry(uuid_key(uuid)).or_default() += 1;
        }
        let at_start: HashMap<&str, Pending<'_>> = users
            .iter()
            .map(|(rowid, id, _)| (id.as_str(), Pending { rowid: *rowid, id }))
            .collect();
        let targets: Vec<&str> = match request.user_ids {
            None => users.iter().map(|(_, id, _)| id.as_str()).collect(),
            Some(ids) => {
                let unknown: Vec<String> = ids
                    .iter()
                    .filter(|id| !at_start.contains_key(id.as_str()))
                    .cloned()
                    .collect();
                if !unknown.is_empty() {
                    return Ok(Checked::UnknownUsers(unknown));
                }
                let mut seen = HashSet::new();
                ids.iter()
                    .map(String::as_str)
                    .filter(|id| seen.insert(*id))
                    .collect()
            }
        };

        let scope = new_uuids.scope(request.user_ids);
        let running: Option<String> = sqlx::query_scalar(
            "SELECT id FROM uuid_migration_runs WHERE scope = ? AND status = 'RUNNING' \
             ORDER BY created_at DESC, rowid DESC LIMIT 1",
        )
        .bind(&scope)
        .fetch_optional(self.pool())
        .await?;
        let resumed = running.is_some();
        let run_id = match running {
            Some(id) => Some(id),
            None if request.dry_run => None,
            None => {
                let id = format!("mig-{}", &uuid::Uuid::new_v4().simple().to_string()[..16]);
                sqlx::query(
                    "INSERT INTO uuid_migration_runs (id, scope, status, created_at) \
                     VALUES (?, ?, 'RUNNING', ?)",
                )
                .bind(&id)
                .bind(&scope)
                .bind(request.now)
                .execute(self.pool())
                .await?;
                Some(id)
            }
        };
        if let Some(id) = &run_id {
            progress.backups.catch_up(self.pool(), id).await?;
        }
        let done = &progress.backups.migrated;

        let mut slots: Vec<Option<UserMigration>> = Vec::with_capacity(targets.len());
        let mut pending: Vec<(usize, Pending<'_>)> = Vec::new();
        for (i, &id) in targets.iter().enumerate() {
            match done.get(id) {
                Some((old, new)) => slots.push(Some(UserMigration {
                    user_id: id.to_string(),
                    old_uuid: old.clone(),
                    new_uuid: new.clone(),
                    outcome: Outcome::Migrated,
                    reason: None,
                })),
                None => {
                    slots.push(None);
                    pending.push((i, at_start[id]));
                }
            }
        }
        pending.sort_unstable_by_key(|(_, user)| user.rowid);
        progress.timings.load = started.elapsed();

        for batch in pending.chunks(batch_size) {
            let users: Vec<Pending<'_>> = batch.iter().map(|(_, user)| *user).collect();
            let results = self
                .migrate_batch(
                    run_id.as_deref(),
                    &users,
                    &mut progress,
                    &mut new_uuids,
                    request.dry_run,
                    request.now,
                )
                .await?;
            for ((slot, _), result) in batch.iter().zip(results) {
                slots[*slot] = Some(result);
            }
        }

        if let (Some(id), false) = (&run_id, request.dry_run) {
            sqlx::query(
                "UPDATE uuid_migration_runs SET status = 'FINISHED', finished_at = ? WHERE id = ?",
            )
            .bind(request.now)
            .bind(id)
            .execute(self.pool())
            .await?;
        }
        let ms = |d: Duration| d.as_millis() as u64;
        let timings = &progress.timings;
        tracing::info!(
            migration_id = run_id.as_deref().unwrap_or("-"),
            dry_run = request.dry_run,
            users = targets.len(),
            migrating = pending.len(),
            batches = pending.len().div_ceil(batch_size),
            total_ms = ms(started.elapsed()),
            load_ms = ms(timings.load),
            read_ms = ms(timings.read),
            plan_ms = ms(timings.plan),
            write_ms = ms(timings.write),
            commit_ms = ms(timings.commit),
            "UUID migration: where the time went"
        );
        Ok(Checked::Done(MigrationReport {
            migration_id: run_id,
            resumed,
            users: slots.into_iter().flatten().collect(),
        }))
    }

    /// One batch; returns one result per user, in order, and keeps `progress` up to date.
    async fn migrate_batch(
        &self,
        run_id: Option<&str>,
        batch: &[Pending<'_>],
        progress: &mut Progress,
        new_uuids: &mut NewUuids<'_>,
        dry_run: bool,
        now: i64,
    ) -> Result<Vec<UserMigration>, StoreError> {
        let Progress {
            index,
            holders,
            backups,
            timings,
        } = progress;
        let mut clock = Instant::now();
        let mut tx = if dry_run {
            self.pool().begin().await?
        } else {
            self.pool().begin_write().await?
        };

        // The users as they are now (id → rowid, UUID): found by their rowids, then by id for any
        // whose row is not where it was (a VACUUM may renumber rowids).
        let wanted: HashSet<&str> = batch.iter().map(|user| user.id).collect();
        let mut current: HashMap<String, (i64, String)> = HashMap::with_capacity(batch.len());
        let rowids: Vec<i64> = batch.iter().map(|user| user.rowid).collect();
        let by_rowid = users_where(&mut tx, "rowid", &rowids).await?;
        current.extend(
            by_rowid
                .into_iter()
                .filter(|(_, id, _)| wanted.contains(id.as_str()))
                .map(|(rowid, id, uuid)| (id, (rowid, uuid))),
        );
        let elsewhere: Vec<String> = batch
            .iter()
            .filter(|user| !current.contains_key(user.id))
            .map(|user| user.id.to_string())
            .collect();
        let by_id = users_where(&mut tx, "id", &elsewhere).await?;
        current.extend(
            by_id
                .into_iter()
                .map(|(rowid, id, uuid)| (id, (rowid, uuid))),
        );
        // Users another call of the same run (in another process) migrated meanwhile.
        if let Some(run) = run_id {
            backups.catch_up(&mut *tx, run).await?;
        }
        Timings::lap(&mut timings.read, &mut clock);
        let mut results: Vec<Option<UserMigration>> = Vec::with_capacity(batch.len());
        let mut plan: Vec<Planned> = Vec::with_capacity(batch.len());
        let mut plan_slot: Vec<usize> = Vec::with_capacity(batch.len());
        for &Pending { id, .. } in batch {
            if let Some((old, new)) = backups.migrated.get(id) {
                results.push(Some(UserMigration {
                    user_id: id.to_string(),
                    old_uuid: old.clone(),
                    new_uuid: new.clone(),
                    outcome: Outcome::Migrated,
                    reason: None,
                }));
            } else if let Some((rowid, old)) = current.get(id) {
                let (outcome, reason) = match new_uuids.assign(id, old, holders) {
                    Assignment::To(new) => {
                        plan_slot.push(results.len());
                        results.push(None);
                        plan.push(Planned {
                            rowid: *rowid,
                            user_id: id.to_string(),
                            old: old.clone(),
                            new,
                        });
                        continue;
                    }
                    Assignment::Unchanged => (Outcome::Unchanged, None),
                    Assignment::Refused(reason) => (Outcome::Failed, Some(reason)),
                };
                results.push(Some(UserMigration {
                    user_id: id.to_string(),
                    old_uuid: old.clone(),
                    new_uuid: old.clone(),
                    outcome,
                    reason,
                }));
            } else {
                results.push(Some(UserMigration {
                    user_id: id.to_string(),
                    old_uuid: String::new(),
                    new_uuid: String::new(),
                    outcome: Outcome::Failed,
                    reason: Some("the user no longer exists".into()),
                }));
            }
        }
        if plan.is_empty() {
            Timings::lap(&mut timings.plan, &mut clock);
            tx.rollback().await?;
            return Ok(results.into_iter().flatten().collect());
        }

        Timings::lap(&mut timings.plan, &mut clock);
        let version = config_version(&mut tx).await?;
        if index.version != Some(version) {
            index.rebuild(&mut tx, version).await?;
        }
        Timings::lap(&mut timings.read, &mut clock);

        // Which old UUIDs move, and which stay held by users outside the batch.
        let mut moving: HashMap<String, Vec<usize>> = HashMap::with_capacity(plan.len());
        for (i, p) in plan.iter().enumerate() {
            moving.entry(uuid_key(&p.old)).or_default().push(i);
        }
        let kept: HashSet<String> = moving
            .iter()
            .filter(|(key, movers)| holders.get(*key).copied().unwrap_or(0) > movers.len())
            .map(|(key, _)| key.clone())
            .collect();

        // Validate before writing: new UUIDs well-formed, nobody's, once each; no rewritten
        // configuration gains a problem.
        let mut failed: HashMap<usize, String> = HashMap::new();
        let mut first_with: HashMap<String, usize> = HashMap::with_capacity(plan.len());
        for (i, p) in plan.iter().enumerate() {
            let key = uuid_key(&p.new);
            if let Err(e) = validate_uuid(&p.new) {
                failed.insert(i, format!("the new UUID is invalid: {e}"));
            } else if holders.contains_key(&key) {
                failed.insert(i, "the new UUID is already a user's".into());
            } else if let Some(&first) = first_with.get(&key) {
                let reason = format!("the new UUID is also given to {}", plan[first].user_id);
                failed.insert(i, reason);
            } else {
                first_with.insert(key, i);
            }
        }
        let mut rewrites: Vec<Rewrite> = Vec::new();
        for id in index.referencing(moving.keys()) {
            let Some(CachedConfig {
                row,
                value: config,
                problems: known_problems,
                ..
            }) = index.configs.get_mut(&id)
            else {
                continue;
            };
            let Some((rewritten, touched)) = rewrite(config, &moving, &kept, &plan) else {
                continue;
            };
            let before = *known_problems
                .get_or_insert_with(|| problems(&row.protocol, row.port, config).len());
            let after = problems(&row.protocol, row.port, &rewritten);
            if after.len() > before {
                let before = problems(&row.protocol, row.port, config);
                let reason = format!(
                    "the {} endpoint {} of server {} would become invalid: {}",
                    row.protocol,
                    row.id,
                    row.server_id,
                    after
                        .iter()
                        .filter(|e| !before.contains(e))
                        .cloned()
                        .collect::<Vec<_>>()
                        .join("; ")
                );
                for i in touched {
                    failed.entry(i).or_insert_with(|| reason.clone());
                }
                continue;
            }
            rewrites.push(Rewrite {
                text: rewritten.to_string(),
                keys: client_keys(&rewritten),
                problems: after.len(),
                value: rewritten,
                id,
            });
        }

        Timings::lap(&mut timings.plan, &mut clock);
        if dry_run || !failed.is_empty() {
            tx.rollback().await?;
            let outcome = if dry_run {
                Outcome::Planned
            } else {
                Outcome::Migrated
            };
            let results = finish(results, plan_slot, plan, failed, outcome);
            if !dry_run {
                record_failures(self, run_id.unwrap_or_default(), &results, now).await?;
            }
            return Ok(results);
        }

        // Write the users, the configurations and the backup, then commit them together.
        let run = run_id.unwrap_or_default();
        write_batch(&mut tx, run, &plan, &rewrites, now).await?;
        let version = config_version(&mut tx).await?;
        // Nobody else writes inside this transaction: the run's rows up to here are read or ours.
        let last: Option<i64> =
            sqlx::query_scalar("SELECT MAX(seq) FROM uuid_migrations WHERE migration_id = ?")
                .bind(run)
                .fetch_one(&mut *tx)
                .await?;
        Timings::lap(&mut timings.write, &mut clock);
        tx.commit().await?;
        Timings::lap(&mut timings.commit, &mut clock);
        backups.seen = last.unwrap_or(backups.seen);
        for rewrite in rewrites {
            if let Some(cached) = index.remove(&rewrite.id) {
                index.insert(
                    cached.row,
                    rewrite.value,
                    rewrite.keys,
                    Some(rewrite.problems),
                );
            }
        }
        index.version = Some(version);
        for p in &plan {
            let old = uuid_key(&p.old);
            if let Some(count) = holders.get_mut(&old) {
                *count -= 1;
                if *count == 0 {
                    holders.remove(&old);
                }
            }
            *holders.entry(uuid_key(&p.new)).or_default() += 1;
        }
        Ok(finish(
            results,
            plan_slot,
            plan,
            HashMap::new(),
            Outcome::Migrated,
        ))
    }
}

/// Fills the planned users' results: `failed` ones FAILED, the rest of a batch with failures
/// ROLLED_BACK, otherwise `outcome`.
fn finish(
    mut results: Vec<Option<UserMigration>>,
    plan_slot: Vec<usize>,
    plan: Vec<Planned>,
    failed: HashMap<usize, String>,
    outcome: Outcome,
) -> Vec<UserMigration> {
    let cause = failed.iter().min_by_key(|(i, _)| **i).map(|(&i, reason)| {
        format!(
            "rolled back with its batch: {} failed ({reason})",
            plan[i].user_id
        )
    });
    for (i, (slot, p)) in plan_slot.into_iter().zip(plan).enumerate() {
        let (outcome, reason) = match (failed.get(&i), &cause) {
            (Some(reason), _) => (Outcome::Failed, Some(reason.clone())),
            (None, Some(cause)) => (Outcome::RolledBack, Some(cause.clone())),
            (None, None) => (outcome, None),
        };
        results[slot] = Some(UserMigration {
            user_id: p.user_id,
            old_uuid: p.old,
            new_uuid: p.new,
            outcome,
            reason,
        });
    }
    results.into_iter().flatten().collect()
}

async fn write_batch(
    conn: &mut Conn,
    run_id: &str,
    plan: &[Planned],
    rewrites: &[Rewrite],
    now: i64,
) -> Result<(), StoreError> {
    // By the rowid read in this transaction, with the id checked on the row found.
    for chunk in plan.chunks(CHUNK) {
        let mut qb = QueryBuilder::<Any>::new("UPDATE users SET vpn_uuid = v.column3 FROM (");
        qb.push_values(chunk, |mut row, p| {
            row.push_bind(p.rowid)
                .push_bind(p.user_id.clone())
                .push_bind(p.new.clone());
        });
        qb.push(") AS v WHERE users.rowid = v.column1 AND users.id = v.column2");
        let updated = qb.build().execute(&mut *conn).await?.rows_affected();
        if updated != chunk.len() as u64 {
            // Impossible inside the immediate transaction that read them; never commit it.
            return Err(StoreError::Sql(sqlx::Error::Protocol(format!(
                "updated {updated} of {} users",
                chunk.len()
            ))));
        }
    }
    for chunk in rewrites.chunks(CHUNK) {
        let mut qb =
            QueryBuilder::<Any>::new("UPDATE server_protocols SET config = v.column2 FROM (");
        qb.push_values(chunk, |mut row, rewrite| {
            row.push_bind(rewrite.id.clone())
                .push_bind(rewrite.text.clone());
        });
        qb.push(") AS v WHERE server_protocols.id = v.column1");
        let updated = qb.build().execute(&mut *conn).await?.rows_affected();
        if updated != chunk.len() as u64 {
            // Impossible while the configurations' version is the index's; never commit it.
            return Err(StoreError::Sql(sqlx::Error::Protocol(format!(
                "updated {updated} of {} configurations",
                chunk.len()
            ))));
        }
    }
    let rows: Vec<(&str, &str, &str, &str)> = plan
        .iter()
        .map(|p| {
            (
                p.user_id.as_str(),
                p.old.as_str(),
                p.new.as_str(),
                "MIGRATED",
            )
        })
        .collect();
    insert_backup(conn, run_id, &rows, now).await
}

async fn insert_backup(
    conn: &mut Conn,
    run_id: &str,
    rows: &[(&str, &str, &str, &str)],
    now: i64,
) -> Result<(), StoreError> {
    for chunk in rows.chunks(CHUNK) {
        let mut qb = QueryBuilder::<Any>::new(
            "INSERT INTO uuid_migrations (migration_id, user_id, old_uuid, new_uuid, status, created_at) ",
        );
        qb.push_values(chunk, |mut row, (user, old, new, status)| {
            row.push_bind(run_id.to_string())
                .push_bind(user.to_string())
                .push_bind(old.to_string())
                .push_bind(new.to_string())
                .push_bind(status.to_string())
                .push_bind(now);
        });
        qb.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// Records a rolled-back batch in the backup table (after the rollback: nothing changed).
async fn record_failures(
    store: &Store,
    run_id: &str,
    results: &[UserMigration],
    now: i64,
) -> Result<(), StoreError> {
    let rows: Vec<(&str, &str, &str, &str)> = results
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Failed | Outcome::RolledBack))
        .filter(|r| !r.old_uuid.is_empty())
        .map(|r| {
            (
                r.user_id.as_str(),
                r.old_uuid.as_str(),
                r.new_uuid.as_str(),
                r.outcome.as_str(),
            )
        })
        .collect();
    if rows.is_empty() {
        return Ok(());
    }
    let mut conn = store.pool().acquire().await?;
    insert_backup(&mut conn, run_id, &rows, now).await
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::server::store::IN_MEMORY;

    const A: &str = "6ba85179-e30d-4fc2-9a1b-000000000001";
    const B: &str = "6ba85179-e30d-4fc2-9a1b-000000000002";
    const C: &str = "6ba85179-e30d-4fc2-9a1b-000000000003";
    const D: &str = "6ba85179-e30d-4fc2-9a1b-000000000004";
    const GHOST: &str = "6ba85179-e30d-4fc2-9a1b-00000000dead";

    fn x25519_pair() -> (String, String) {
        use base64::Engine as _;
        let secret = x25519_dalek::StaticSecret::from([7u8; 32]);
        let public = x25519_dalek::PublicKey::from(&secret);
        let encode = |bytes: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
        (encode(&secret.to_bytes()), encode(public.as_bytes()))
    }

    async fn user(store: &Store, id: &str, uuid: &str) {
        sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, user_type, vpn_uuid, created_at) \
             VALUES (?, ?, '!', 'USER', 'FREE', ?, 0)",
        )
        .bind(id)
        .bind(id)
        .bind(uuid)
        .execute(store.pool())
        .await
        .unwrap();
    }

    async fn endpoint(store: &Store, id: &str, server: &str, protocol: &str, config: Value) {
        sqlx::query(
            "INSERT OR IGNORE INTO servers (id, owner_id, host_name, public_ip, location, created_at) \
             VALUES (?, 'op', ?, '10.0.0.1', 'eu-west', 0)",
        )
        .bind(server)
        .bind(format!("{server}.example"))
        .execute(store.pool())
        .await
        .unwrap();
        let port = if protocol == "VLESS" { 443 } else { 8443 };
        sqlx::query(
            "INSERT INTO server_protocols (id, server_id, type, port, config) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(server)
        .bind(protocol)
        .bind(port)
        .bind(config.to_string())
        .execute(store.pool())
        .await
        .unwrap();
    }

    fn vless(ids: &[&str]) -> Value {
        let clients: Vec<Value> = ids.iter().map(|id| json!({ "id": id })).collect();
        json!({ "clients": clients, "encryption": "none" })
    }

    fn reality(ids: &[&str]) -> Value {
        let clients: Vec<Value> = ids
            .iter()
            .map(|id| json!({ "id": id, "flow": "xtls-rprx-vision" }))
            .collect();
        let (private, public) = x25519_pair();
        json!({ "serverNames": ["www.example.com"], "privateKey": private,
                "publicKey": public, "shortIds": [""], "dest": "www.example.com:443",
                "clients": clients })
    }

    /// op (no uuid problem, in no configuration), u1 = A, u2 = u3 = B (duplicate), u4 malformed,
    /// u5 = C; configurations: s1 VLESS [A, GHOST, B], s1 REALITY [C, "nope"], s2 VLESS [A].
    async fn network() -> Store {
        let store = Store::open(IN_MEMORY).await.unwrap();
        user(&store, "op", D).await;
        user(&store, "u1", A).await;
        user(&store, "u2", B).await;
        user(&store, "u3", &B.to_uppercase()).await;
        user(&store, "u4", "not-a-uuid").await;
        user(&store, "u5", C).await;
        endpoint(&store, "p1", "s1", "VLESS", vless(&[A, GHOST, B])).await;
        endpoint(&store, "p2", "s1", "REALITY", reality(&[C, "nope"])).await;
        endpoint(&store, "p3", "s2", "VLESS", vless(&[A])).await;
        store
    }

    /// The result of a call that names only existing users.
    fn report<T>(checked: Checked<T>) -> T {
        match checked {
            Checked::Done(report) => report,
            Checked::UnknownUsers(u) => panic!("unknown users {u:?}"),
        }
    }

    #[tokio::test]
    async fn validation_finds_each_kind_of_problem() {
        let store = network().await;
        let report = report(store.validate_uuids(None).await.unwrap());
        assert_eq!(report.validated, 6);
        let found: Vec<(ProblemKind, Option<&str>, &str, Option<&str>)> = report
            .invalid
            .iter()
            .map(|e| {
                (
                    e.kind,
                    e.user_id.as_deref(),
                    e.uuid.as_str(),
                    e.server_id.as_deref(),
                )
            })
            .collect();
        let upper_b = B.to_uppercase();
        assert_eq!(
            found,
            [
                (ProblemKind::DuplicateUserUuid, Some("u2"), B, None),
                (
                    ProblemKind::DuplicateUserUuid,
                    Some("u3"),
                    upper_b.as_str(),
                    None
                ),
                (
                    ProblemKind::MalformedUserUuid,
                    Some("u4"),
                    "not-a-uuid",
                    None
                ),
                (ProblemKind::MalformedClient, None, "nope", Some("s1")),
                (ProblemKind::DanglingClient, None, GHOST, Some("s1")),
            ]
        );
        assert_eq!(
            report.invalid[0].reason,
            "duplicate UUID: also the UUID of u3"
        );
        assert_eq!(
            report.invalid[4].reason,
            "VLESS endpoint p1: config.clients[1].id: references no user"
        );
        assert!(
            report.invalid[3].reason.starts_with(
                "REALITY endpoint p2: config.clients[1].id: \"nope\" is not a valid UUID"
            ),
            "{}",
            report.invalid[3].reason
        );
        // Configuration entries come by server, then protocol. op and u4 are in no configuration.
        assert_eq!(report.unprovisioned, 2);
    }

    #[tokio::test]
    async fn validation_of_some_users_skips_configuration_entries() {
        let store = network().await;
        let only = ["u3".to_string(), "u5".to_string(), "u3".to_string()];
        let report = report(store.validate_uuids(Some(&only)).await.unwrap());
        assert_eq!(report.validated, 2);
        assert_eq!(report.invalid.len(), 1);
        assert_eq!(report.invalid[0].user_id.as_deref(), Some("u3"));
        assert_eq!(
            report.invalid[0].reason,
            "duplicate UUID: also the UUID of u2"
        );
        assert_eq!(report.unprovisioned, 0);
        let unknown = ["u1".to_string(), "nobody".to_string()];
        assert_eq!(
            store.validate_uuids(Some(&unknown)).await.unwrap(),
            Checked::UnknownUsers(vec!["nobody".to_string()])
        );
    }

    async fn users(store: &Store) -> Vec<(String, String)> {
        sqlx::query_as("SELECT id, vpn_uuid FROM users ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    async fn configs(store: &Store) -> Vec<(String, String)> {
        sqlx::query_as("SELECT id, config FROM server_protocols ORDER BY id")
            .fetch_all(store.pool())
            .await
            .unwrap()
    }

    async fn backups(store: &Store) -> Vec<(String, String, String, String)> {
        sqlx::query_as(
            "SELECT user_id, old_uuid, new_uuid, status FROM uuid_migrations ORDER BY seq",
        )
        .fetch_all(store.pool())
        .await
        .unwrap()
    }

    fn client_ids(config: &str) -> Vec<String> {
        let config: Value = serde_json::from_str(config).unwrap();
        clients(&config)
            .iter()
            .map(|c| c["id"].as_str().unwrap_or("?").to_string())
            .collect()
    }

    /// New UUIDs ...0101, ...0102, ... in order; `bad` replaces the n-th (1-based) one.
    fn generator(bad: Option<(usize, &'static str)>) -> impl FnMut() -> String + Send {
        let mut n = 0;
        move || {
            n += 1;
            match bad {
                Some((at, value)) if at == n => value.to_string(),
                _ => format!("00000000-0000-4000-8000-{:012}", 100 + n),
            }
        }
    }

    fn request(ids: Option<&[String]>, batch_size: usize, dry_run: bool) -> MigrationRequest<'_> {
        MigrationRequest {
            user_ids: ids,
            dry_run,
            batch_size,
            now: 1_000,
        }
    }

    async fn migrate(
        store: &Store,
        request: &MigrationRequest<'_>,
        generate: &mut (dyn FnMut() -> String + Send),
    ) -> MigrationReport {
        report(
            store
                .migrate_uuids(request, NewUuids::Generated(generate))
                .await
                .unwrap(),
        )
    }

    /// A run of every user, `mig-1`, left RUNNING.
    async fn running_run(store: &Store) {
        sqlx::query(
            "INSERT INTO uuid_migration_runs (id, scope, status, created_at) \
             VALUES ('mig-1', 'all', 'RUNNING', 0)",
        )
        .execute(store.pool())
        .await
        .unwrap();
    }

    fn new(n: usize) -> String {
        format!("00000000-0000-4000-8000-{:012}", 100 + n)
    }

    #[tokio::test]
    async fn migration_rewrites_every_reference_once() {
        let store = network().await;
        let ids = ["u1".to_string(), "u5".to_string()];
        let report = migrate(
            &store,
            &request(Some(&ids), 10, false),
            &mut generator(None),
        )
        .await;
        assert!(!report.resumed);
        let outcomes: Vec<(&str, &str, &str, Outcome)> = report
            .users
            .iter()
            .map(|u| {
                (
                    u.user_id.as_str(),
                    u.old_uuid.as_str(),
                    u.new_uuid.as_str(),
                    u.outcome,
                )
            })
            .collect();
        let (n1, n2) = (new(1), new(2));
        assert_eq!(
            outcomes,
            [
                ("u1", A, n1.as_str(), Outcome::Migrated),
                ("u5", C, n2.as_str(), Outcome::Migrated)
            ]
        );
        let users = users(&store).await;
        assert_eq!(users[1], ("u1".to_string(), n1.clone()));
        assert_eq!(users[5], ("u5".to_string(), n2.clone()));
        let configs = configs(&store).await;
        assert_eq!(client_ids(&configs[0].1), [n1.as_str(), GHOST, B]);
        assert_eq!(client_ids(&configs[1].1), [n2.as_str(), "nope"]);
        assert_eq!(client_ids(&configs[2].1), [n1.as_str()]);
        // Other fields stay.
        let reality: Value = serde_json::from_str(&configs[1].1).unwrap();
        assert_eq!(reality["clients"][0]["flow"], "xtls-rprx-vision");
        assert_eq!(reality["privateKey"], x25519_pair().0);
        assert_eq!(
            backups(&store).await,
            [
                ("u1".into(), A.into(), n1.clone(), "MIGRATED".into()),
                ("u5".into(), C.into(), n2.clone(), "MIGRATED".into())
            ]
        );
        let run: (String, String) = sqlx::query_as("SELECT status, scope FROM uuid_migration_runs")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(run.0, "FINISHED");
        assert!(run.1.starts_with("users:"));
    }

    #[tokio::test]
    async fn a_restore_puts_back_the_old_uuids_everywhere_and_leaves_changed_users_alone() {
        let store = network().await;
        let (users_before, configs_before) = (users(&store).await, configs(&store).await);
        let ids = ["u1".to_string(), "u5".to_string()];
        let migrated = migrate(
            &store,
            &request(Some(&ids), 10, false),
            &mut generator(None),
        )
        .await;
        let mut restores: HashMap<String, Restore> = migrated
            .users
            .iter()
            .map(|u| {
                let restore = Restore {
                    current: u.new_uuid.clone(),
                    uuid: u.old_uuid.clone(),
                };
                (u.user_id.clone(), restore)
            })
            .collect();
        let restore = |restores: &HashMap<String, Restore>, dry_run| {
            let ids: Vec<String> = restores.keys().cloned().collect();
            let store = store.clone();
            let restores = restores.clone();
            async move {
                let request = request(Some(&ids), 10, dry_run);
                let restores = Restores::new(restores);
                report(
                    store
                        .migrate_uuids(&request, NewUuids::Restored(&restores))
                        .await
                        .unwrap(),
                )
            }
        };

        let planned = restore(&restores, true).await;
        assert!(planned.users.iter().all(|u| u.outcome == Outcome::Planned));
        assert_ne!(
            users(&store).await,
            users_before,
            "a dry run changes nothing"
        );

        let done = restore(&restores, false).await;
        assert!(done.users.iter().all(|u| u.outcome == Outcome::Migrated));
        assert_eq!(users(&store).await, users_before);
        assert_eq!(configs(&store).await, configs_before);

        // Again: nothing left to do. A user changed since the report is left alone.
        let again = restore(&restores, false).await;
        assert!(again.users.iter().all(|u| u.outcome == Outcome::Unchanged));
        restores.insert(
            "u1".into(),
            Restore {
                current: new(40),
                uuid: new(41),
            },
        );
        let refused = restore(&restores, false).await;
        let u1 = refused.users.iter().find(|u| u.user_id == "u1").unwrap();
        assert_eq!(u1.outcome, Outcome::Failed);
        assert!(
            u1.reason
                .as_deref()
                .unwrap()
                .contains("changed since the report")
        );
        assert_eq!(users(&store).await, users_before);
    }

    #[tokio::test]
    async fn a_shared_uuid_stays_for_the_users_still_holding_it() {
        let store = network().await;
        // u2 and u3 share B; migrating u2 alone keeps B's entry for u3 and adds u2's.
        let mut generate = generator(None);
        let ids = ["u2".to_string()];
        migrate(&store, &request(Some(&ids), 10, false), &mut generate).await;
        let first = configs(&store).await;
        assert_eq!(client_ids(&first[0].1), [A, GHOST, B, new(1).as_str()]);
        // Then u3: the entry moves to u3's new UUID.
        let ids = ["u3".to_string()];
        migrate(&store, &request(Some(&ids), 10, false), &mut generate).await;
        let configs = configs(&store).await;
        assert_eq!(
            client_ids(&configs[0].1),
            [A, GHOST, new(2).as_str(), new(1).as_str()]
        );
    }

    #[tokio::test]
    async fn dry_run_changes_nothing() {
        let store = network().await;
        let (users_before, configs_before) = (users(&store).await, configs(&store).await);
        let report = migrate(&store, &request(None, 2, true), &mut generator(None)).await;
        assert_eq!(report.users.len(), 6);
        assert!(report.users.iter().all(|u| u.outcome == Outcome::Planned));
        assert_eq!(report.users[1].new_uuid, new(2));
        assert_eq!(report.migration_id, None);
        assert_eq!(users(&store).await, users_before);
        assert_eq!(configs(&store).await, configs_before);
        assert!(backups(&store).await.is_empty());
    }

    #[tokio::test]
    async fn a_batch_failing_validation_is_rolled_back_whole_and_the_run_goes_on() {
        let store = network().await;
        let (users_before, configs_before) = (users(&store).await, configs(&store).await);
        // Batches of 3 in table order: [op, u1, u2], [u3, u4, u5]. u4's new UUID is the one op
        // got in the first batch, so the second batch fails its uniqueness check.
        let taken = "00000000-0000-4000-8000-000000000101";
        let report = migrate(
            &store,
            &request(None, 3, false),
            &mut generator(Some((5, taken))),
        )
        .await;
        let outcomes: Vec<(&str, Outcome)> = report
            .users
            .iter()
            .map(|u| (u.user_id.as_str(), u.outcome))
            .collect();
        assert_eq!(
            outcomes,
            [
                ("op", Outcome::Migrated),
                ("u1", Outcome::Migrated),
                ("u2", Outcome::Migrated),
                ("u3", Outcome::RolledBack),
                ("u4", Outcome::Failed),
                ("u5", Outcome::RolledBack),
            ]
        );
        assert_eq!(
            report.users[4].reason.as_deref(),
            Some("the new UUID is already a user's")
        );
        assert_eq!(
            report.users[3].reason.as_deref(),
            Some("rolled back with its batch: u4 failed (the new UUID is already a user's)")
        );
        let users = users(&store).await;
        assert_eq!(
            users[..3],
            [
                ("op".to_string(), new(1)),
                ("u1".to_string(), new(2)),
                ("u2".to_string(), new(3)),
            ]
        );
        assert_eq!(users[3..], users_before[3..]);
        let configs = configs(&store).await;
        // p2 references only u5 (C): untouched. p1 and p3 got u1's and u2's new UUIDs only.
        assert_eq!(configs[1], configs_before[1]);
        assert_eq!(
            client_ids(&configs[0].1),
            [new(2).as_str(), GHOST, B, new(3).as_str()]
        );
        let statuses: Vec<(String, String)> = backups(&store)
            .await
            .into_iter()
            .map(|(user, _, _, status)| (user, status))
            .collect();
        let expected: Vec<(String, String)> = [
            ("op", "MIGRATED"),
            ("u1", "MIGRATED"),
            ("u2", "MIGRATED"),
            ("u3", "ROLLED_BACK"),
            ("u4", "FAILED"),
            ("u5", "ROLLED_BACK"),
        ]
        .iter()
        .map(|(u, s)| (u.to_string(), s.to_string()))
        .collect();
        assert_eq!(statuses, expected);
    }

    #[tokio::test]
    async fn a_batch_failing_in_the_middle_of_its_writes_changes_nothing() {
        let store = network().await;
        let (users_before, configs_before) = (users(&store).await, configs(&store).await);
        // The database refuses u4's backup row: by then the second batch [u3, u4, u5] has
        // updated its users and rewritten p1 (u3's B) and p2 (u5's C).
        sqlx::query(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON uuid_migrations \
             WHEN NEW.user_id = 'u4' BEGIN SELECT RAISE(ABORT, 'injected failure'); END",
        )
        .execute(store.pool())
        .await
        .unwrap();
        let mut generate = generator(None);
        let error = store
            .migrate_uuids(&request(None, 3, false), NewUuids::Generated(&mut generate))
            .await
            .unwrap_err();
        assert!(error.to_string().contains("injected failure"), "{error}");
        let users = users(&store).await;
        assert_eq!(
            users[..3],
            [
                ("op".to_string(), new(1)),
                ("u1".to_string(), new(2)),
                ("u2".to_string(), new(3)),
            ]
        );
        assert_eq!(users[3..], users_before[3..]);
        let killed = configs(&store).await;
        assert_eq!(killed[1], configs_before[1]);
        assert_eq!(
            client_ids(&killed[0].1),
            [new(2).as_str(), GHOST, B, new(3).as_str()]
        );
        assert_eq!(backups(&store).await.len(), 3);
        // The run is left RUNNING; once the database accepts the writes again, the same call
        // resumes it and migrates the rest, each user once.
        sqlx::query("DROP TRIGGER temp.refuse")
            .execute(store.pool())
            .await
            .unwrap();
        let report = migrate(&store, &request(None, 3, false), &mut generate).await;
        assert!(report.resumed);
        assert!(report.users.iter().all(|u| u.outcome == Outcome::Migrated));
        assert_eq!(report.users[0].new_uuid, new(1));
        let backups = backups(&store).await;
        assert_eq!(backups.len(), 6);
        assert!(backups.iter().all(|b| b.3 == "MIGRATED"));
        let configs = configs(&store).await;
        assert_eq!(client_ids(&configs[0].1)[2], report.users[3].new_uuid);
        assert_eq!(client_ids(&configs[1].1)[0], report.users[5].new_uuid);
    }

    #[tokio::test]
    async fn a_rewrite_that_breaks_a_configuration_fails_its_batch() {
        let store = network().await;
        let (users_before, configs_before) = (users(&store).await, configs(&store).await);
        // u1's new UUID is the dangling GHOST entry of p1, which would then list it twice.
        let ids = ["u5".to_string(), "u1".to_string()];
        let report = migrate(
            &store,
            &request(Some(&ids), 10, false),
            &mut generator(Some((1, GHOST))),
        )
        .await;
        assert_eq!(report.users[0].user_id, "u5");
        assert_eq!(report.users[0].outcome, Outcome::RolledBack);
        assert_eq!(report.users[1].outcome, Outcome::Failed);
        assert_eq!(
            report.users[1].reason.as_deref(),
            Some(
                "the VLESS endpoint p1 of server s1 would become invalid: config.clients[1].id: \
                 duplicate client id 6ba85179-e30d-4fc2-9a1b-00000000dead: already used by \
                 config.clients[0]"
            )
        );
        assert_eq!(users(&store).await, users_before);
        assert_eq!(configs(&store).await, configs_before);
        // A dry run predicts the same.
        let report = migrate(
            &store,
            &request(Some(&ids), 10, true),
            &mut generator(Some((1, GHOST))),
        )
        .await;
        assert_eq!(report.users[0].outcome, Outcome::RolledBack);
        assert_eq!(report.users[1].outcome, Outcome::Failed);
        assert!(backups(&store).await.iter().all(|b| b.3 != "MIGRATED"));
    }

    #[tokio::test]
    async fn an_interrupted_run_is_resumed_by_the_next_call_of_its_scope() {
        let store = network().await;
        // A run of every user that migrated op and u1, then died.
        running_run(&store).await;
        let mut generate = generator(None);
        let first = migrate(
            &store,
            &request(Some(&["u1".to_string()]), 10, false),
            &mut generate,
        )
        .await;
        assert!(!first.resumed, "another scope starts its own run");
        sqlx::query("UPDATE uuid_migrations SET migration_id = 'mig-1'")
            .execute(store.pool())
            .await
            .unwrap();
        let resumed = migrate(&store, &request(None, 2, false), &mut generate).await;
        assert!(resumed.resumed);
        assert_eq!(resumed.migration_id.as_deref(), Some("mig-1"));
        assert_eq!(resumed.users.len(), 6);
        assert!(resumed.users.iter().all(|u| u.outcome == Outcome::Migrated));
        // u1 kept the UUID the interrupted run gave it.
        assert_eq!(resumed.users[1].new_uuid, new(1));
        assert_eq!(users(&store).await[1].1, new(1));
        let per_user: Vec<(String, i64)> = sqlx::query_as(
            "SELECT user_id, COUNT(*) FROM uuid_migrations WHERE migration_id = 'mig-1' GROUP BY user_id",
        )
        .fetch_all(store.pool())
        .await
        .unwrap();
        assert_eq!(per_user.len(), 6);
        assert!(per_user.iter().all(|(_, n)| *n == 1));
        // Finished now: the next call is a new run.
        let again = migrate(&store, &request(None, 2, false), &mut generate).await;
        assert!(!again.resumed);
    }

    #[tokio::test]
    async fn configurations_changed_by_others_during_a_run_are_seen() {
        let store = network().await;
        let mut progress = Progress::default();
        let mut conn = store.pool().acquire().await.unwrap();
        let version = config_version(&mut conn).await.unwrap();
        progress.index.rebuild(&mut conn, version).await.unwrap();
        drop(conn);
        assert_eq!(progress.index.referencing([&A.to_string()]), ["p1", "p3"]);
        store
            .upsert_protocol(
                "s2",
                "REALITY",
                8443,
                true,
                &reality(&[A]).to_string(),
                "p4",
            )
            .await
            .unwrap();
        // The next batch of the run notices the change and rewrites p4 too.
        running_run(&store).await;
        let results = store
            .migrate_batch(
                Some("mig-1"),
                // No row has rowid 0: the batch finds u1 by its id.
                &[Pending { rowid: 0, id: "u1" }],
                &mut progress,
                &mut NewUuids::Generated(&mut generator(None)),
                false,
                0,
            )
            .await
            .unwrap();
        assert_eq!(results[0].outcome, Outcome::Migrated);
        let configs = configs(&store).await;
        assert_eq!(configs[3].0, "p4");
        assert_eq!(client_ids(&configs[3].1), [new(1)]);
        let index = &progress.index;
        assert_eq!(index.referencing([&A.to_string()]), Vec::<String>::new());
        assert_eq!(index.referencing([&new(1)]), ["p1", "p3", "p4"]);
    }

    /// A batch reads its users in its own transaction: a user whose row moved is found by id; a
    /// rowid now holding another user of the batch, or someone outside it, changes nobody else;
    /// and a user another call of the same run migrated meanwhile is reported from that call's
    /// backup row and not migrated again, even when the UUID has since been put back.
    #[tokio::test]
    async fn a_batch_reads_its_users_as_they_are_now() {
        let store = network().await;
        running_run(&store).await;
        let mut rowids = HashMap::new();
        for (rowid, id) in sqlx::query_as::<_, (i64, String)>("SELECT rowid, id FROM users")
            .fetch_all(store.pool())
            .await
            .unwrap()
        {
            rowids.insert(id, rowid);
        }
        let mut progress = Progress::default();
        for (_, uuid) in users(&store).await {
            *progress.holders.entry(uuid_key(&uuid)).or_default() += 1;
        }
        progress
            .backups
            .catch_up(store.pool(), "mig-1")
            .await
            .unwrap();
        // After this call started, another process's call of mig-1 migrated u5 (and someone put
        // its UUID back since), and u4 was refused (a FAILED row, which is not a migration).
        sqlx::query(
            "INSERT INTO uuid_migrations (migration_id, user_id, old_uuid, new_uuid, status, created_at) \
             VALUES ('mig-1', 'u5', ?, ?, 'MIGRATED', 0), ('mig-1', 'u4', 'not-a-uuid', ?, 'FAILED', 0)",
        )
        .bind(C)
        .bind(GHOST)
        .bind(D)
        .execute(store.pool())
        .await
        .unwrap();
        let batch = [
            // op and u1 swapped rows; u5's row is where it was.
            Pending {
                rowid: rowids["u1"],
                id: "op",
            },
            Pending {
                rowid: rowids["op"],
                id: "u1",
            },
            Pending {
                rowid: rowids["u5"],
                id: "u5",
            },
            // u4's row holds u2, who is not in the batch.
            Pending {
                rowid: rowids["u2"],
                id: "u4",
            },
        ];
        let results = store
            .migrate_batch(
                Some("mig-1"),
                &batch,
                &mut progress,
                &mut NewUuids::Generated(&mut generator(None)),
                false,
                0,
            )
            .await
            .unwrap();
        let outcomes: Vec<(&str, &str, &str, Outcome)> = results
            .iter()
            .map(|r| {
                let (user, old, new) = (&r.user_id, &r.old_uuid, &r.new_uuid);
                (user.as_str(), old.as_str(), new.as_str(), r.outcome)
            })
            .collect();
        assert_eq!(
            outcomes,
            [
                ("op", D, new(1).as_str(), Outcome::Migrated),
                ("u1", A, new(2).as_str(), Outcome::Migrated),
                ("u5", C, GHOST, Outcome::Migrated),
                ("u4", "not-a-uuid", new(3).as_str(), Outcome::Migrated),
            ]
        );
        let users = users(&store).await;
        let uuid_of = |id: &str| users.iter().find(|(u, _)| u == id).unwrap().1.clone();
        assert_eq!(uuid_of("op"), new(1));
        assert_eq!(uuid_of("u1"), new(2));
        assert_eq!(uuid_of("u4"), new(3));
        assert_eq!(uuid_of("u2"), B, "the rowid's holder is not in the batch");
        assert_eq!(uuid_of("u5"), C, "migrated once, by the other call");
        let rows = backups(&store).await;
        assert_eq!(rows.iter().filter(|row| row.0 == "u5").count(), 1);
        assert_eq!(rows.len(), 5);
        // The batch read up to its own rows: the next one reads only what others write later.
        let last: i64 = sqlx::query_scalar("SELECT MAX(seq) FROM uuid_migrations")
            .fetch_one(store.pool())
            .await
            .unwrap();
        assert_eq!(progress.backups.seen, last);
        // The configurations that held u1's UUID hold its new one.
        let configs = configs(&store).await;
        assert_eq!(client_ids(&configs[0].1), [new(2).as_str(), GHOST, B]);
        assert_eq!(client_ids(&configs[2].1), [new(2)]);
    }

    #[test]
    fn scopes_ignore_order_and_repetition() {
        let a = ["u2".to_string(), "u1".to_string(), "u2".to_string()];
        let b = ["u1".to_string(), "u2".to_string()];
        assert_eq!(scope_of(Some(&a)), scope_of(Some(&b)));
        assert_ne!(scope_of(Some(&b)), scope_of(None));
        assert_eq!(scope_of(None), "all");
    }
}
