//! `--endpoint local`: the bundled backend run in-process on the default local database,
//! created and seeded with the demo network on first use. The client reaches it over loopback
//! HTTP like any other endpoint, with a one-time token that acts as the local admin.

use std::net::{Ipv4Addr, SocketAddr};

use rand::RngExt as _;
use tokio::sync::oneshot;
use url::Url;

use crate::error::CliError;
use crate::paths;
use crate::server::store::demo::{CATCH_UP_MAX_DAYS, CatchUp};
use crate::server::{self, ServeOptions};

/// The demo network's seed for the local database, so every machine gets the same one.
pub const LOCAL_DEMO_SEED: u64 = 42;

/// Heartbeat interval of the simulated agents, set by commands that show live data so that
/// the local platform has something to show; other commands leave the database alone.
static SIMULATE: std::sync::OnceLock<std::time::Duration> = std::sync::OnceLock::new();

/// Asks the embedded platform (when it is the endpoint) to simulate its agents.
pub fn simulate_agents(every: std::time::Duration) {
    let _ = SIMULATE.set(every);
}

/// Idle time after which the catch-up of the local demo is worth a line on stderr.
const CATCH_UP_NOTICE_SECS: i64 = 3_600;

/// What a newcomer reads when the demo network was brought up to now; nothing after an
/// absence under an hour (a catch-up of minutes happens between most commands).
pub fn catch_up_notice(done: &CatchUp) -> Option<String> {
    let idle = done.to - done.idle_since;
    if idle < CATCH_UP_NOTICE_SECS {
        return None;
    }
    let span = if idle >= 2 * 86_400 {
        format!("{} days", idle / 86_400)
    } else {
        format!("{} hours", idle / 3_600)
    };
    let mut notice = format!(
        "The demo network was idle for {span}: simulated {} heartbeats of its {} reporting servers up to now.",
        done.samples, done.servers
    );
    if done.restarted_mining > 0 {
        notice.push_str(&format!(
            " Only the last {CATCH_UP_MAX_DAYS} days are filled: mining restarted on {} servers there.",
            done.restarted_mining
        ));
    }
    Some(notice)
}

pub struct Embedded {
    pub url: Url,
    pub token: String,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Embedded {
    pub async fn start() -> Result<Self, CliError> {
        let db = paths::local_database()?;
        let token: String = (0..32)
            .map(|_| format!("{:02x}", rand::rng().random::<u8>()))
            .collect();
        let options = ServeOptions {
            listen: SocketAddr::from((Ipv4Addr::LOCALHOST, 0)),
            db: db.display().to_string(),
            database_url: None,
            demo: true,
            demo_scale: 1,
            seed: LOCAL_DEMO_SEED,
            local_admin_token: Some(token.clone()),
            // One local user: nobody to share with.
            rate_limits: crate::server::limits::RateLimitConfig::OFF,
            max_concurrent: None,
            max_sockets: None,
            sockets: Default::default(),
            simulate: SIMULATE.get().copied(),
            export_dir: None,
            // Links to the loopback address the embedded backend is bound to.
            public_url: None,
            trust_proxy: false,
            export_quota: Some(crate::server::export_files::DEFAULT_QUOTA_BYTES),
            lockout: crate::server::lockout::LockoutPolicy::default(),
            sessions: crate::server::api::sessions::SessionPolicy::default(),
            passwords: crate::domain::PasswordPolicy::default(),
            rewards: crate::domain::reward::RewardPolicy::default(),
            emission: crate::domain::emission::EmissionPolicy::default(),
            withdrawals: crate::domain::withdrawal::WithdrawalPolicy::default(),
            webhooks: crate::server::webhooks::WebhookPolicy::default(),
            retention: crate::domain::retention::RetentionPolicy::default(),
            backup_dir: None,
            backup_schedule: None,
        };
        let fail = |e: server::ServeError| {
            CliError::failed(format!("cannot start the embedded backend: {e}"))
                .with_hint(format!("the local database is {}", db.display()))
        };
        let opened = server::open_store(&options).await.map_err(fail)?;
        if opened.seeded {
            eprintln!(
                "Created the local platform at {} with the demo network.",
                db.display()
            );
        }
        if let Some(notice) = opened.caught_up.as_ref().and_then(catch_up_notice) {
            eprintln!("{notice}");
        }
        let bound = server::bind(opened.store, &options).await.map_err(fail)?;
        let url = Url::parse(&format!("http://{}/graphql", bound.addr))
            .map_err(|e| CliError::failed(format!("embedded backend address: {e}")))?;
        let (shutdown, stop) = oneshot::channel::<()>();
        tokio::spawn(bound.serve(async {
            let _ = stop.await;
        }));
        Ok(Self {
            url,
            token,
            shutdown: Some(shutdown),
        })
    }
}

impl Drop for Embedded {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}
