//! The bundled backend: `vpnmine server`, and the embedded one behind `--endpoint local`.
//!
//! Three layers: `transport` (HTTP, WebSocket, GraphiQL), `api` (the resolvers) and `store`
//! (SQLite). Only `store` writes SQL; only `transport` knows about HTTP.

pub mod alerting;
pub mod answers;
pub mod api;
pub mod backup_files;
pub mod backup_schedule;
pub mod bootstrap;
pub mod broker;
pub mod counters;
pub mod db_lock;
pub mod export_files;
pub mod fanout;
pub mod graphql_http;
pub mod guard;
pub mod limits;
pub mod lockout;
pub mod logging;
pub mod origin;
pub mod replicas;
pub mod request_id;
pub mod request_log;
pub mod retention_worker;
pub mod secrets;
pub mod simulator;
pub mod socket;
pub mod store;
pub mod transport;
pub mod webhooks;

use std::net::SocketAddr;

use store::Store;
use store::seed::DemoSize;
use tracing::Instrument as _;

/// What `vpnmine server` and the embedded backend are started with.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub listen: SocketAddr,
    /// A file path, or `:memory:`.
    pub db: String,
    /// A `postgres://` URL: the platform on PostgreSQL instead of `db` (issue #18).
    pub database_url: Option<String>,
    /// Seed the demo network into an empty database, or bring an existing one up to now.
    pub demo: bool,
    pub demo_scale: u32,
    pub seed: u64,
    /// A bearer token that acts as the local admin (the embedded `--endpoint local` backend).
    pub local_admin_token: Option<String>,
    pub rate_limits: limits::RateLimitConfig,
    /// Operations one caller may run at once; `None`: unlimited.
    pub max_concurrent: Option<std::num::NonZeroU32>,
    /// WebSockets one caller may hold open; `None`: unlimited.
    pub max_sockets: Option<std::num::NonZeroU32>,
    pub sockets: socket::SocketConfig,
    /// Simulated agents' heartbeat interval for the demo network; `None`: no simulation.
    pub simulate: Option<std::time::Duration>,
    /// Where `exportDetailedStats` writes files; `None`: `exports` beside the database file
    /// (the system temporary directory for `:memory:` and PostgreSQL).
    pub export_dir: Option<std::path::PathBuf>,
    /// The base of the links the server hands out (`--public-url`); `None`: see
    /// [`origin::LinkPolicy`].
    pub public_url: Option<origin::PublicUrl>,
    /// Honour a proxy's forwarded headers for links (`--trust-proxy`).
    pub trust_proxy: bool,
    /// Most bytes the export directory may hold; `None`: unlimited.
    pub export_quota: Option<u64>,
    /// When repeated failed logins lock a username.
    pub lockout: lockout::LockoutPolicy,
    /// How many sessions an account may hold (`--max-sessions`).
    pub sessions: api::sessions::SessionPolicy,
    /// What new passwords must satisfy (`--password-min-length`).
    pub passwords: crate::domain::PasswordPolicy,
    /// The reward formula and claim rules (`--minimum-claim`, `--claim-cooldown`).
    pub rewards: crate::domain::reward::RewardPolicy,
    /// The daily emission budget of claims (`--daily-emission`).
    pub emission: crate::domain::emission::EmissionPolicy,
    /// Withdrawal rules (`--withdrawal-*`).
    pub withdrawals: crate::domain::withdrawal::WithdrawalPolicy,
    /// How alert webhooks are retried (`--webhook-*`).
    pub webhooks: webhooks::WebhookPolicy,
    /// How long samples stay raw and other rows are kept (`--retain-*`).
    pub retention: crate::domain::retention::RetentionPolicy,
    /// Where backups go; `None`: `backups` beside the database file.
    pub backup_dir: Option<std::path::PathBuf>,
    /// Scheduled backups (`--backup-every`, `--backup-keep`); `None`: none.
    pub backup_schedule: Option<backup_schedule::Schedule>,
}

/// The rules the server enforces that its operator may tune: when failed logins lock a
/// username, how many sessions an account keeps, what new passwords must satisfy, and the
/// reward formula's thresholds and the daily emission budget.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlatformPolicies {
    pub lockout: lockout::LockoutPolicy,
    pub sessions: api::sessions::SessionPolicy,
    pub passwords: crate::domain::PasswordPolicy,
    pub rewards: crate::domain::reward::RewardPolicy,
    pub emission: crate::domain::emission::EmissionPolicy,
    pub withdrawals: crate::domain::withdrawal::WithdrawalPolicy,
    pub webhooks: webhooks::WebhookPolicy,
    pub retention: crate::domain::retention::RetentionPolicy,
}

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("server failed: {0}")]
    Io(#[from] std::io::Error),
    #[error(
        "cannot use the export directory {}: {source} (replicas on one database need its \
         signing key to answer each other's links)",
        dir.display()
    )]
    ExportKey {
        dir: std::path::PathBuf,
        source: std::io::Error,
    },
}

/// A database opened for serving.
pub struct Opened {
    pub store: Store,
    /// The demo network was seeded now.
    pub seeded: bool,
    /// An existing demo network was brought up to now.
    pub caught_up: Option<store::demo::CatchUp>,
}

/// Opens the database and, when asked for the demo network, seeds it into an empty database
/// or brings an existing demo network up to now (its simulated agents did not report while
/// nothing served it). A database the seed did not make is never simulated.
pub async fn open_store(options: &ServeOptions) -> Result<Opened, ServeError> {
    let store = match &options.database_url {
        Some(url) => Store::open_postgres(url).await?,
        None => Store::open(&options.db).await?,
    };
    let seeded = options.demo && store.is_empty().await?;
    let now = chrono::Utc::now().timestamp();
    let mut caught_up = None;
    if seeded {
        // Bulk SQL, expected to be slow: see `logging::quiet_bulk_sql`.
        let seed = async {
            store
                .seed_demo(options.seed, DemoSize::scale(options.demo_scale), now)
                .await?;
            store.checkpoint().await
        };
        seed.instrument(tracing::info_span!(logging::BULK_SQL_SPAN))
            .await?;
    } else if options.demo {
        let catch_up = async {
            let done = store.catch_up_demo(options.seed, now).await?;
            if done
                .as_ref()
                .is_some_and(|c| c.samples > INSERT_CHECKPOINT_AFTER)
            {
                store.checkpoint().await?;
            }
            Ok::<_, store::StoreError>(done)
        };
        caught_up = catch_up
            .instrument(tracing::info_span!(logging::BULK_SQL_SPAN))
            .await?;
        if let Some(done) = &caught_up {
            tracing::info!(
                idle_seconds = done.to - done.idle_since,
                servers = done.servers,
                samples = done.samples,
                restarted_mining = done.restarted_mining,
                "brought the demo network up to now"
            );
        }
    }
    Ok(Opened {
        store,
        seeded,
        caught_up,
    })
}

/// A catch-up that wrote more samples than this moves them out of the write-ahead log, as
/// the seed does: a day of the default demo is about 7,000.
const INSERT_CHECKPOINT_AFTER: usize = 10_000;

/// A server bound to its address, not yet serving.
pub struct BoundServer {
    pub addr: SocketAddr,
    listener: tokio::net::TcpListener,
    app: axum::Router,
    simulator: Option<tokio::task::JoinHandle<()>>,
    alert_engine: tokio::task::JoinHandle<()>,
    webhook_worker: tokio::task::JoinHandle<()>,
    retention_worker: tokio::task::JoinHandle<()>,
    backup_schedule: Option<tokio::task::JoinHandle<()>>,
    replica_listener: Option<tokio::task::JoinHandle<()>>,
}

pub async fn bind(store: Store, options: &ServeOptions) -> Result<BoundServer, ServeError> {
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|source| ServeError::Bind {
            addr: options.listen,
            source,
        })?;
    let addr = listener.local_addr()?;
    // Before any worker starts: a server that cannot use its export directory does not start.
    let export_dir = match &options.export_dir {
        Some(dir) => dir.clone(),
        None => export_files::Exports::default_dir(
            options
                .database_url
                .is_none()
                .then_some(options.db.as_str()),
        ),
    };
    let links = origin::LinkPolicy {
        public_url: options.public_url.clone(),
        trust_proxy: options.trust_proxy,
        bound: format!("http://{addr}"),
    };
    let quota = options.export_quota;
    let exports = match export_files::Exports::with_policy(export_dir.clone(), links.clone(), quota)
    {
        Ok(exports) => exports,
        // Each replica with a key of its own would refuse the others' links.
        Err(source) if store.is_shared() => {
            return Err(ServeError::ExportKey {
                dir: export_dir,
                source,
            });
        }
        Err(e) => {
            // One server: its own key serves, for this run.
            tracing::warn!(error = %e, dir = %export_dir.display(), "cannot read or make the export signing key; links will not outlive this run");
            export_files::Exports::with_own_key(export_dir, links, quota)
        }
    };
    let broker = broker::Broker::new();
    // Listening before the server answers: nothing another replica announces once this one
    // is up is missed.
    let replica_listener = match &options.database_url {
        Some(url) => Some(
            replicas::listen(url, store.clone(), broker.clone())
                .await
                .map_err(|source| store::StoreError::Open {
                    path: store::without_password(url),
                    source,
                })?,
        ),
        None => None,
    };
    let alert_engine = alerting::spawn(store.clone(), broker.clone());
    let simulator = options.simulate.map(|every| {
        tokio::spawn(simulator::run(
            store.clone(),
            broker.clone(),
            every,
            options.seed,
        ))
    });
    // Bodies link back to the platform: its public URL, or the address it is bound to.
    let external_url = options.public_url.as_ref().map_or_else(
        || exports.links().bound.clone(),
        |url| url.as_str().to_string(),
    );
    let webhook_worker = webhooks::spawn(store.clone(), &broker, options.webhooks, external_url);
    let retention_worker = retention_worker::spawn(store.clone(), options.retention);
    exports.spawn_cleanup();
    let backups = backup_schedule::Backups::new(
        options
            .database_url
            .is_none()
            .then_some(options.db.as_str()),
        options
            .backup_dir
            .clone()
            .unwrap_or_else(|| backup_schedule::Backups::default_dir(&options.db)),
        options.backup_schedule,
        chrono::Utc::now().timestamp(),
    );
    let backup_schedule = backups.spawn_schedule();
    let app = transport::router(
        store,
        options.local_admin_token.clone(),
        guard::GuardConfig {
            rate_limits: options.rate_limits,
            max_concurrent: options.max_concurrent,
            max_sockets: options.max_sockets,
        },
        options.sockets,
        broker,
        exports,
        backups,
        PlatformPolicies {
            lockout: options.lockout,
            sessions: options.sessions,
            passwords: options.passwords,
            rewards: options.rewards,
            emission: options.emission,
            withdrawals: options.withdrawals,
            webhooks: options.webhooks,
            retention: options.retention,
        },
    );
    Ok(BoundServer {
        addr,
        listener,
        app,
        simulator,
        alert_engine,
        webhook_worker,
        retention_worker,
        backup_schedule,
        replica_listener,
    })
}

impl BoundServer {
    /// Serves until `shutdown` resolves.
    pub async fn serve(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> Result<(), ServeError> {
        let app = self.app.into_make_service_with_connect_info::<SocketAddr>();
        let served = axum::serve(self.listener, app)
            .with_graceful_shutdown(shutdown)
            .await;
        if let Some(simulator) = self.simulator {
            simulator.abort();
        }
        self.alert_engine.abort();
        self.webhook_worker.abort();
        self.retention_worker.abort();
        if let Some(schedule) = self.backup_schedule {
            schedule.abort();
        }
        if let Some(listener) = self.replica_listener {
            listener.abort();
        }
        Ok(served?)
    }
}
