//! Who may run what, right now: the one place that decides a caller's key and admits its
//! operations. HTTP requests and every WebSocket operation and `connection_init` pass here, so
//! one caller has one rate quota, one cap on concurrent executions and one cap on open sockets
//! whichever transport it uses.
//!
//! A caller is its account (`user:<id>`) when logged in, else its address (`ip:<addr>`): an
//! anonymous client cannot shed its limits by opening another socket, and a logged-in one keeps
//! its own quota behind a shared address.

use std::collections::HashMap;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};

use super::api::auth::viewer_for_token_hash;
use super::api::types::{Role, UserType};
use super::api::{Account, ApiError, Viewer};
use super::limits::{Headroom, RateLimitConfig, RateLimits};
use super::secrets::token_hash;
use super::store::Store;

/// What the guard enforces; `vpnmine server` flags set them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuardConfig {
    pub rate_limits: RateLimitConfig,
    /// Queries and mutations of one caller executing at once (subscriptions, which mostly
    /// wait, are bounded per socket instead); `None`: unlimited.
    pub max_concurrent: Option<NonZeroU32>,
    /// WebSockets one caller may hold open; `None`: unlimited.
    pub max_sockets: Option<NonZeroU32>,
}

impl Default for GuardConfig {
    fn default() -> Self {
        Self {
            rate_limits: RateLimitConfig::default(),
            max_concurrent: NonZeroU32::new(DEFAULT_MAX_CONCURRENT),
            max_sockets: NonZeroU32::new(DEFAULT_MAX_SOCKETS),
        }
    }
}

/// Enough for a CLI's parallel pages, a dashboard's panels or an admin's batch script; a
/// caller beyond it is one trying to tie up the server's workers and database.
pub const DEFAULT_MAX_CONCURRENT: u32 = 32;
/// A browser tab holds one socket; a few dozen covers a user's tabs and tools.
pub const DEFAULT_MAX_SOCKETS: u32 = 32;

/// Who is asking, as the limits see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub key: String,
    pub user_type: UserType,
}

impl Caller {
    /// Logged-in callers by account, anonymous ones (FREE) by address, agents by their server
    /// (`agent:<server>`, PREMIUM). An agent has a quota of its own so that its reports never
    /// spend its owner's (an operator at the CLI is not throttled by their servers, nor one
    /// server by another of theirs); per server rather than per token, so that issuing more
    /// tokens buys no more quota; PREMIUM because a busy server's connection events outnumber
    /// what a person sends, and its owner's user type says nothing about its load.
    pub fn of(viewer: &Viewer, peer: IpAddr) -> Self {
        match viewer {
            Viewer::User(account) => Self {
                key: format!("user:{}", account.id),
                user_type: account.user_type,
            },
            Viewer::Agent(agent) => Self {
                key: format!("agent:{}", agent.server_id),
                user_type: UserType::Premium,
            },
            Viewer::Anonymous => Self::anonymous(peer),
        }
    }

    pub fn anonymous(peer: IpAddr) -> Self {
        Self {
            key: format!("ip:{peer}"),
            user_type: UserType::Free,
        }
    }
}

/// What a request or socket proved its identity with, kept so that it can be checked again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    None,
    /// The embedded backend's one-time token: valid while the process lives.
    LocalAdmin,
    /// An access token, by its stored hash.
    Token(String),
}

impl Credential {
    /// Who holds this credential now: an access token may have been revoked or have expired
    /// since it was first shown (AUTH_001 then).
    pub async fn viewer(&self, store: &Store) -> Result<Viewer, ApiError> {
        match self {
            Self::None => Ok(Viewer::Anonymous),
            Self::LocalAdmin => Ok(local_admin()),
            Self::Token(hash) => viewer_for_token_hash(store, hash).await,
        }
    }
}

/// Who a bearer token (if any) belongs to: anonymous without one, the local admin for the
/// embedded backend's one-time token, else the owner of a valid access token (AUTH_001 for
/// unknown, expired and revoked tokens).
pub async fn identify(
    store: &Store,
    local_admin_token: Option<&str>,
    bearer: Option<&str>,
) -> Result<(Viewer, Credential), ApiError> {
    let credential = match bearer {
        None => Credential::None,
        Some(token) if local_admin_token == Some(token) => Credential::LocalAdmin,
        Some(token) => Credential::Token(token_hash(token)),
    };
    Ok((credential.viewer(store).await?, credential))
}

fn local_admin() -> Viewer {
    Viewer::User(Account {
        id: "usr-admin".into(),
        username: "admin".into(),
        role: Role::Admin,
        user_type: UserType::Admin,
    })
}

/// Why the guard refused; every refusal is RTE_001 (HTTP 429) with a time to retry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The caller's requests-per-minute quota is spent for this long.
    RateLimited { retry_after_secs: u64 },
    /// The caller already runs `limit` operations.
    Busy { limit: u32 },
    /// The caller already holds `limit` sockets.
    TooManySockets { limit: u32 },
}

impl Refusal {
    pub fn retry_after_secs(&self) -> u64 {
        match self {
            Self::RateLimited { retry_after_secs } => *retry_after_secs,
            // An operation usually ends within a second; a socket may stay much longer.
            Self::Busy { .. } => 1,
            Self::TooManySockets { .. } => 30,
        }
    }
}

impl From<Refusal> for ApiError {
    fn from(refusal: Refusal) -> Self {
        let retry_after = refusal.retry_after_secs();
        let message = match refusal {
            Refusal::RateLimited { .. } => {
                format!("rate limit of your user type exceeded; retry in {retry_after}s")
            }
            Refusal::Busy { limit } => format!(
                "you already have {limit} operations running, the most allowed at once; \
                 retry when one has finished"
            ),
            Refusal::TooManySockets { limit } => format!(
                "you already hold {limit} open WebSockets, the most allowed; close one first"
            ),
        };
        ApiError::RateLimited {
            message,
            retry_after,
        }
    }
}

/// Counts of something each caller holds (running operations, open sockets), each capped.
#[derive(Debug)]
struct Counts {
    limit: Option<NonZeroU32>,
    held: Mutex<HashMap<String, u32>>,
}

impl Counts {
    fn new(limit: Option<NonZeroU32>) -> Self {
        Self {
            limit,
            held: Mutex::default(),
        }
    }

    /// Takes one for `key` unless it already holds the limit; returns the limit when refused.
    fn take(&self, key: &str) -> Result<(), u32> {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        let count = held.entry(key.to_string()).or_insert(0);
        match self.limit {
            Some(limit) if *count >= limit.get() => Err(limit.get()),
            _ => {
                *count += 1;
                Ok(())
            }
        }
    }

    /// Gives one back; callers that hold none are forgotten, so memory follows what is held.
    fn give_back(&self, key: &str) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(count) = held.get_mut(key) {
            *count = count.saturating_sub(1);
            if *count == 0 {
                held.remove(key);
            }
        }
    }

    fn held_by(&self, key: &str) -> u32 {
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.get(key).copied().unwrap_or(0)
    }
}

/// The limits of a running server.
#[derive(Debug)]
pub struct Guard {
    rates: RateLimits,
    running: Counts,
    sockets: Counts,
}

impl Guard {
    pub fn new(config: GuardConfig) -> Arc<Self> {
        Arc::new(Self {
            rates: RateLimits::new(config.rate_limits),
            running: Counts::new(config.max_concurrent),
            sockets: Counts::new(config.max_sockets),
        })
    }

    /// Admits one operation to run now: a slot among the caller's concurrent executions (held
    /// until the returned [`Running`] is dropped) and one request of its rate quota. A refused
    /// operation spends no quota when it was refused for being one too many at once.
    pub fn admit(self: &Arc<Self>, caller: &Caller) -> Result<Running, Refusal> {
        self.running
            .take(&caller.key)
            .map_err(|limit| Refusal::Busy { limit })?;
        let mut running = Running {
            guard: Arc::clone(self),
            key: caller.key.clone(),
            headroom: None,
        };
        running.headroom = self.charge(caller)?;
        Ok(running)
    }

    /// Counts one request against the caller's rate quota, for what holds no execution slot
    /// (a WebSocket's `connection_init`).
    pub fn count(&self, caller: &Caller) -> Result<(), Refusal> {
        self.charge(caller).map(|_| ())
    }

    fn charge(&self, caller: &Caller) -> Result<Option<Headroom>, Refusal> {
        self.rates
            .check(caller.user_type, &caller.key)
            .map_err(|wait| Refusal::RateLimited {
                retry_after_secs: wait.as_secs() + 1,
            })
    }

    /// Opens a socket for `caller`, held until the returned [`Socket`] is dropped.
    pub fn open_socket(self: &Arc<Self>, caller: &Caller) -> Result<Socket, Refusal> {
        self.sockets
            .take(&caller.key)
            .map_err(|limit| Refusal::TooManySockets { limit })?;
        Ok(Socket {
            guard: Arc::clone(self),
            key: caller.key.clone(),
        })
    }

    /// Operations `caller` is running now.
    pub fn running(&self, caller: &Caller) -> u32 {
        self.running.held_by(&caller.key)
    }

    /// Forgets rate-limited callers that have been quiet long enough to be back at a full
    /// quota (running operations and sockets forget themselves when released).
    pub fn forget_idle(&self) {
        self.rates.forget_idle();
    }
}

/// An operation's execution slot: released on drop, however the operation ends.
#[derive(Debug)]
pub struct Running {
    guard: Arc<Guard>,
    key: String,
    headroom: Option<Headroom>,
}

impl Running {
    /// What was left of the caller's rate quota once this operation was counted; `None` when
    /// its user type is unlimited.
    pub fn headroom(&self) -> Option<Headroom> {
        self.headroom
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.guard.running.give_back(&self.key);
    }
}

/// An open socket's place among its caller's: released on drop.
#[derive(Debug)]
pub struct Socket {
    guard: Arc<Guard>,
    key: String,
}

impl Socket {
    /// Moves the socket to another caller: an anonymous socket that logged in with its
    /// `connection_init` counts for the account from then on, not for its address.
    pub fn move_to(&mut self, caller: &Caller) -> Result<(), Refusal> {
        if caller.key == self.key {
            return Ok(());
        }
        self.guard
            .sockets
            .take(&caller.key)
            .map_err(|limit| Refusal::TooManySockets { limit })?;
        self.guard.sockets.give_back(&self.key);
        self.key = caller.key.clone();
        Ok(())
    }
}

impl Drop for Socket {
    fn drop(&mut self) {
        self.guard.sockets.give_back(&self.key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(rate: &str, concurrent: u32, sockets: u32) -> GuardConfig {
        GuardConfig {
            rate_limits: rate.parse().unwrap(),
            max_concurrent: NonZeroU32::new(concurrent),
            max_sockets: NonZeroU32::new(sockets),
        }
    }

    fn user(id: &str, user_type: UserType) -> Viewer {
        Viewer::User(Account {
            id: id.into(),
            username: id.into(),
            role: Role::User,
            user_type,
        })
    }

    #[test]
    fn callers_are_accounts_or_addresses() {
        let peer: IpAddr = "10.0.0.7".parse().unwrap();
        let anonymous = Caller::of(&Viewer::Anonymous, peer);
        assert_eq!(anonymous.key, "ip:10.0.0.7");
        assert_eq!(anonymous.user_type, UserType::Free);
        let premium = Caller::of(&user("u1", UserType::Premium), peer);
        assert_eq!(premium.key, "user:u1");
        assert_eq!(premium.user_type, UserType::Premium);
        let agent = Viewer::Agent(crate::server::api::AgentIdentity {
            token_id: "agt-1".into(),
            server_id: "srv-1".into(),
            owner_id: "u1".into(),
        });
        let agent = Caller::of(&agent, peer);
        assert_eq!(agent.key, "agent:srv-1", "not the owner's quota");
        assert_eq!(agent.user_type, UserType::Premium);
    }

    #[test]
    fn the_operation_beyond_the_cap_is_refused_until_one_ends() {
        let guard = Guard::new(config("off", 2, 0));
        let caller = Caller::anonymous("127.0.0.1".parse().unwrap());
        let first = guard.admit(&caller).unwrap();
        let _second = guard.admit(&caller).unwrap();
        assert_eq!(
            guard.admit(&caller).unwrap_err(),
            Refusal::Busy { limit: 2 }
        );
        let other = Caller::anonymous("127.0.0.2".parse().unwrap());
        assert!(
            guard.admit(&other).is_ok(),
            "another caller has its own cap"
        );
        drop(first);
        assert_eq!(guard.running(&caller), 1);
        assert!(guard.admit(&caller).is_ok(), "a slot came free");
    }

    #[test]
    fn operations_spend_the_rate_quota_and_busy_refusals_do_not() {
        let guard = Guard::new(config("FREE=2", 1, 0));
        let caller = Caller::anonymous("127.0.0.1".parse().unwrap());
        let held = guard.admit(&caller).unwrap();
        for _ in 0..5 {
            assert!(matches!(guard.admit(&caller), Err(Refusal::Busy { .. })));
        }
        drop(held);
        guard.admit(&caller).unwrap();
        let refusal = guard.admit(&caller).unwrap_err();
        assert!(
            matches!(refusal, Refusal::RateLimited { retry_after_secs } if (1..=31).contains(&retry_after_secs)),
            "{refusal:?}"
        );
        assert_eq!(
            guard.running(&caller),
            0,
            "a refused operation holds no slot"
        );
        let error = ApiError::from(refusal);
        assert_eq!(error.code(), "RTE_001");
    }

    #[test]
    fn sockets_are_capped_per_caller_and_follow_a_login() {
        let guard = Guard::new(config("off", 0, 2));
        let address = Caller::anonymous("127.0.0.1".parse().unwrap());
        let mut first = guard.open_socket(&address).unwrap();
        let second = guard.open_socket(&address).unwrap();
        assert_eq!(
            guard.open_socket(&address).unwrap_err(),
            Refusal::TooManySockets { limit: 2 }
        );
        let account = Caller::of(&user("u1", UserType::Free), "127.0.0.1".parse().unwrap());
        first.move_to(&account).unwrap();
        let third = guard.open_socket(&address).unwrap();
        drop((second, third));
        let _again = guard.open_socket(&account).unwrap();
        assert!(
            guard.open_socket(&account).is_err(),
            "the account holds two"
        );
        drop(first);
        assert!(guard.open_socket(&account).is_ok());
        assert!(
            guard
                .sockets
                .held
                .lock()
                .unwrap()
                .get("ip:127.0.0.1")
                .is_none(),
            "released callers are forgotten"
        );
    }
}
